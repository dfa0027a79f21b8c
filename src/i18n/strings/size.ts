import { defineStrings } from './define';

/** The size meter's texts, loaded with it. */
export const sizeStrings = defineStrings({
  en: {
    'enc.size.title': 'Size',
    'enc.size.part': '{part}: {bytes} bytes',
    'enc.size.total': 'Total: {bytes} bytes',
    'enc.size.cookie': '{percent}% of the 4,096-byte cookie limit (RFC 6265 §6.1)',
    'enc.size.header': '{percent}% of a typical 8 KB HTTP header limit',
    'enc.size.over': 'over the limit',
    'enc.size.more': '… and {count} more parts',
  },
  ko: {
    'enc.size.title': '크기',
    'enc.size.part': '{part}: {bytes}바이트',
    'enc.size.total': '전체: {bytes}바이트',
    'enc.size.cookie': '쿠키 한도 4,096바이트(RFC 6265 §6.1)의 {percent}%',
    'enc.size.header': '흔히 쓰이는 HTTP 헤더 한도 8KB의 {percent}%',
    'enc.size.over': '한도 초과',
    'enc.size.more': '… 그 밖에 {count}개 부분이 더 있습니다',
  },
});
