import type { appEn } from './app';

export const appKo: Record<keyof typeof appEn, string> = {
  'app.title': 'JWT 놀이터',
  'app.tagline':
    'JSON 웹 토큰을 분해하고, 검증하고, 서명이 깨지는 순간을 직접 확인해 보세요. 어떤 데이터도 브라우저 밖으로 나가지 않습니다.',
  'app.language': '언어',
  'app.theme': '테마',
  'app.theme.system': '시스템 설정',
  'app.theme.light': '밝게',
  'app.theme.dark': '어둡게',
  'app.skip': '토큰 입력으로 건너뛰기',
  'app.skip.main': '본문으로 건너뛰기',
  'app.privacy':
    '설계부터 비공개: 이 페이지는 어떤 요청도 보내지 않으며, 환경 설정 외에는 아무것도 저장하지 않습니다.',
  'app.loading': '불러오는 중…',
  'app.linkKey':
    '이 링크에는 키가 들어 있었습니다. 키는 여기에 불러왔고 주소 표시줄에서는 지웠지만, 링크를 본 사람은 누구나 키를 읽을 수 있습니다. 버려도 되는 연습용 키로만 다루십시오.',
  'app.linkKey.dismiss': '확인했습니다',
  'app.failed.title': '여기에서 문제가 생겼습니다.',
  'app.failed.pane':
    '지금 입력을 처리하다가 이 영역에서 오류가 났습니다. 토큰과 키는 그대로 남아 있습니다. 입력을 고치거나 영역을 다시 표시할 수 있습니다.',
  'app.failed.retry': '영역 다시 표시',
  'app.failed.page':
    '지금 입력을 처리하다가 이 페이지에서 오류가 났습니다. 토큰과 키는 아래에 그대로 남아 있습니다. 고치면 페이지가 다시 나타나고, 다시 시도할 수도 있습니다.',
  'app.failed.retryPage': '다시 시도',
  'app.failed.token': '토큰(보존됨)',
  'app.failed.key': '키(보존됨)',
  'nav.label': '메뉴',
  'nav.playground': '놀이터',
  'nav.lessons': '강의',
  'nav.labs': '공격 실습',
  'nav.sims': '시뮬레이션',
};
