/**
 * The lessons in order. Titles are here so the index needs no lesson file; each lesson's machine
 * part and text load on demand (a test checks these titles against each MDX file's front matter).
 */
import type { MDXContent } from 'mdx/types';
import type { LessonSpec, Localized } from './model';

export interface LessonText {
  default: MDXContent;
  frontmatter: Record<string, unknown>;
}

export interface LessonEntry {
  id: string;
  title: Localized;
  load: () => Promise<{ lesson: LessonSpec }>;
  text: { en: () => Promise<LessonText>; ko: () => Promise<LessonText> };
}

export const LESSONS: LessonEntry[] = [
  {
    id: 'authn-vs-authz',
    title: { en: 'Authentication vs authorization', ko: '인증과 인가' },
    load: () => import('./content/01-authn-authz/lesson'),
    text: {
      en: () => import('./content/01-authn-authz/en.mdx'),
      ko: () => import('./content/01-authn-authz/ko.mdx'),
    },
  },
  {
    id: 'stateless-http',
    title: { en: 'Client, server and stateless HTTP', ko: '클라이언트-서버와 무상태 HTTP' },
    load: () => import('./content/02-stateless-http/lesson'),
    text: {
      en: () => import('./content/02-stateless-http/en.mdx'),
      ko: () => import('./content/02-stateless-http/ko.mdx'),
    },
  },
  {
    id: 'cookies',
    title: { en: 'Cookies', ko: '쿠키' },
    load: () => import('./content/03-cookies/lesson'),
    text: {
      en: () => import('./content/03-cookies/en.mdx'),
      ko: () => import('./content/03-cookies/ko.mdx'),
    },
  },
  {
    id: 'sessions',
    title: { en: 'Server sessions', ko: '서버 세션' },
    load: () => import('./content/04-sessions/lesson'),
    text: {
      en: () => import('./content/04-sessions/en.mdx'),
      ko: () => import('./content/04-sessions/ko.mdx'),
    },
  },
  {
    id: 'what-is-jwt',
    title: { en: 'What a JWT is, and why it appeared', ko: 'JWT란 무엇이고 왜 등장했나' },
    load: () => import('./content/05-what-is-jwt/lesson'),
    text: {
      en: () => import('./content/05-what-is-jwt/en.mdx'),
      ko: () => import('./content/05-what-is-jwt/ko.mdx'),
    },
  },
  {
    id: 'jwt-structure',
    title: { en: 'Header, payload, signature', ko: '헤더, 페이로드, 서명' },
    load: () => import('./content/06-jwt-structure/lesson'),
    text: {
      en: () => import('./content/06-jwt-structure/en.mdx'),
      ko: () => import('./content/06-jwt-structure/ko.mdx'),
    },
  },
  {
    id: 'encoded-not-encrypted',
    title: { en: 'Encoded is not encrypted', ko: '인코딩은 암호화가 아니다' },
    load: () => import('./content/07-encoded-not-encrypted/lesson'),
    text: {
      en: () => import('./content/07-encoded-not-encrypted/en.mdx'),
      ko: () => import('./content/07-encoded-not-encrypted/ko.mdx'),
    },
  },
  {
    id: 'signatures',
    title: { en: 'Signatures: shared secrets and key pairs', ko: '서명: 공유 비밀 키와 키 쌍' },
    load: () => import('./content/08-signatures/lesson'),
    text: {
      en: () => import('./content/08-signatures/en.mdx'),
      ko: () => import('./content/08-signatures/ko.mdx'),
    },
  },
  {
    id: 'claims-and-time',
    title: { en: 'Registered claims and time', ko: '등록된 클레임과 시간' },
    load: () => import('./content/09-claims-and-time/lesson'),
    text: {
      en: () => import('./content/09-claims-and-time/en.mdx'),
      ko: () => import('./content/09-claims-and-time/ko.mdx'),
    },
  },
  {
    id: 'expiry-revocation',
    title: { en: 'Expiry, revocation and refresh tokens', ko: '만료, 폐기, 리프레시 토큰' },
    load: () => import('./content/10-expiry-revocation/lesson'),
    text: {
      en: () => import('./content/10-expiry-revocation/en.mdx'),
      ko: () => import('./content/10-expiry-revocation/ko.mdx'),
    },
  },
  {
    id: 'token-storage',
    title: { en: 'Where the browser keeps a token', ko: '브라우저는 토큰을 어디에 보관할까' },
    load: () => import('./content/11-token-storage/lesson'),
    text: {
      en: () => import('./content/11-token-storage/en.mdx'),
      ko: () => import('./content/11-token-storage/ko.mdx'),
    },
  },
];

export function lessonIndex(id: string): number {
  return LESSONS.findIndex((l) => l.id === id);
}
