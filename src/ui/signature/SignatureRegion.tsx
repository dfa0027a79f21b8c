/**
 * The signature side in detail, below the editors: the signing key of a key pair, re-signing, the
 * policy, the exact bytes the signature covers, the token's signature next to the one the key makes,
 * why a check failed, and the findings. The verdicts and the key itself are in the verdict strip.
 */
import { useId } from 'react';
import { Findings } from './Findings';
import { Generate } from './Generate';
import { PolicyEditor } from './PolicyEditor';
import { Resign } from './Resign';
import { SignatureCompare } from './SignatureCompare';
import { SignKeyField } from './SignKeyField';
import { SigningInput } from './SigningInput';
import { useSigText } from './text';
import { WhyPanel } from './WhyPanel';
import './SignatureRegion.css';

export function SignatureRegion() {
  const t = useSigText();
  const id = useId();
  return (
    <section
      className="panel signature-region"
      id="signature-details"
      aria-labelledby={id}
      tabIndex={-1}
    >
      <h2 id={id}>{t('sig.title')}</h2>
      <WhyPanel />
      <div className="sig-grid">
        <div className="sig-col">
          <SignKeyField />
          <Resign />
          <PolicyEditor />
        </div>
        <div className="sig-col">
          <SigningInput />
          <SignatureCompare />
          <Findings />
          <Generate />
        </div>
      </div>
    </section>
  );
}

export default SignatureRegion;
