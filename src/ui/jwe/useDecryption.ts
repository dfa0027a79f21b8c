import { useEffect, useRef, useState } from 'react';
import { keyInputFrom } from '../../model/keyInput';
import type { KeyFormatChoice } from '../../model/state';
import { decrypt, type DecryptResult } from '../../jwt/index';

export interface Decryption {
  /** The result for the current token and key, or null while none has arrived. */
  result: DecryptResult | null;
  pending: boolean;
}

/**
 * Decrypts the token with the key field's key in the background whenever either changes; results for
 * inputs that have changed since are dropped, so a slow PBES2 derivation never shows a stale verdict.
 */
export function useDecryption(
  token: string,
  keyText: string,
  keyFormat: KeyFormatChoice,
  now: number,
): Decryption {
  const [state, setState] = useState<{ for: string; result: DecryptResult | null }>({
    for: '',
    result: null,
  });
  const latest = useRef(0);
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  });
  const inputs = `${token}\u0000${keyText}\u0000${keyFormat}`;

  useEffect(() => {
    const id = ++latest.current;
    let cancelled = false;
    void decrypt(token, keyInputFrom(keyText, keyFormat), { verify: { now: nowRef.current } }).then(
      (result) => {
        if (!cancelled && id === latest.current) setState({ for: inputs, result });
      },
    );
    return () => {
      cancelled = true;
    };
    // `inputs` stands for the token and the key together.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputs]);

  const current = state.for === inputs;
  // A result for other inputs is never shown: a changed token must not keep an old plaintext on screen.
  return { result: current ? state.result : null, pending: !current };
}
