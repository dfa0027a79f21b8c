/**
 * The dictionary attack off the main thread: the page stays responsive while tens of thousands of
 * HMAC keys are imported and tried. Messages: in {type:'start', token} | {type:'stop'};
 * out {type:'progress', …} | {type:'done', outcome}.
 */
import { crack, wordlist } from './engine/crack';

export type CrackRequest = { type: 'start'; token: string } | { type: 'stop' };

const signal = { aborted: false };

self.onmessage = (e: MessageEvent<CrackRequest>) => {
  if (e.data.type === 'stop') {
    signal.aborted = true;
    return;
  }
  signal.aborted = false;
  void crack(e.data.token, wordlist(), {
    signal,
    onProgress: (p) => self.postMessage({ type: 'progress', ...p }),
  }).then(
    (outcome) => self.postMessage({ type: 'done', outcome }),
    (err: unknown) => self.postMessage({ type: 'error', detail: String(err) }),
  );
};
