import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CODES, type Diagnostic, type DiagnosticCode, type DiagnosticParams } from '../jwt/index';
import { LangProvider, type Lang } from '../i18n/i18n';
import { DiagnosticList } from './DiagnosticList';

function diagnostic(code: DiagnosticCode, params: DiagnosticParams = {}): Diagnostic {
  const info = CODES[code];
  return {
    code,
    severity: info.severity,
    span: { start: 0, end: 3 },
    part: 'header',
    params,
    rfc: info.rfc,
  };
}

// Given in the order info, warning, error, warning, to see the list sort them.
const FINDINGS = [
  diagnostic('alg-none'),
  diagnostic('exp-missing'),
  diagnostic('expired', { ago: '4 min', seconds: 240, iso: '2024-01-01T00:00:00.000Z' }),
  diagnostic('header-jwk'),
];

function renderList(
  lang: Lang,
  diagnostics: Diagnostic[] = FINDINGS,
  onHover?: (d: Diagnostic | null) => void,
) {
  return render(
    <LangProvider lang={lang}>
      <DiagnosticList diagnostics={diagnostics} onHover={onHover} />
    </LangProvider>,
  );
}

describe('DiagnosticList', () => {
  it('renders nothing for no findings', () => {
    const { container } = renderList('en', []);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows each finding in English with its severity as icon and word', () => {
    renderList('en');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const expired = items.find((li) => li.dataset.code === 'expired')!;
    expect(expired).toHaveTextContent('Error');
    expect(expired).toHaveTextContent('✕');
    expect(expired).toHaveTextContent(
      'The token expired 4 min ago (exp 2024-01-01T00:00:00.000Z).',
    );
    expect(items.find((li) => li.dataset.code === 'exp-missing')).toHaveTextContent('⚠ Warning');
    expect(items.find((li) => li.dataset.code === 'alg-none')).toHaveTextContent('ℹ Note');
  });

  it('shows each finding in Korean', () => {
    renderList('ko');
    expect(screen.getByRole('list', { name: '찾은 문제' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    const expired = items.find((li) => li.dataset.code === 'expired')!;
    expect(expired).toHaveTextContent('오류');
    expect(expired).toHaveTextContent('토큰이 4분 전에 만료되었습니다');
    expect(expired).not.toHaveTextContent('The token expired');
    expect(items.find((li) => li.dataset.code === 'exp-missing')).toHaveTextContent('⚠ 경고');
    expect(items.find((li) => li.dataset.code === 'alg-none')).toHaveTextContent('ℹ 정보');
  });

  it('lists errors, then warnings, then notes, keeping the given order within each', () => {
    renderList('en');
    const codes = screen.getAllByRole('listitem').map((li) => li.dataset.code);
    expect(codes).toEqual(['expired', 'exp-missing', 'header-jwk', 'alg-none']);
  });

  it('links the RFC section, opening a new tab without a referrer', () => {
    renderList('en', [diagnostic('alg-missing')]);
    const link = screen.getByRole('link', { name: /RFC 7515 §4\.1\.1/ });
    expect(link).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).toHaveAccessibleName(/opens in a new tab/);
  });

  it('reports the finding under the pointer, and null when the pointer leaves', async () => {
    const user = userEvent.setup();
    const onHover = vi.fn();
    renderList('en', FINDINGS, onHover);
    const item = screen.getAllByRole('listitem').find((li) => li.dataset.code === 'exp-missing')!;
    await user.hover(item);
    expect(onHover).toHaveBeenLastCalledWith(FINDINGS[1]);
    await user.unhover(item);
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('reports the focused finding to keyboard users, and null on blur', async () => {
    const user = userEvent.setup();
    const onHover = vi.fn();
    renderList('ko', FINDINGS, onHover);
    await user.tab();
    const first = screen.getAllByRole('listitem')[0]!;
    expect(first).toHaveFocus();
    expect(onHover).toHaveBeenLastCalledWith(FINDINGS[2]);
    // Tabbing into the item's own RFC link does not leave the finding.
    await user.tab();
    expect(within(first).getByRole('link')).toHaveFocus();
    expect(onHover).toHaveBeenLastCalledWith(FINDINGS[2]);
    expect(onHover).not.toHaveBeenCalledWith(null);
    await user.tab();
    expect(onHover).toHaveBeenLastCalledWith(FINDINGS[1]);
    await user.click(document.body);
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('works without an onHover callback', async () => {
    const user = userEvent.setup();
    renderList('en');
    await user.hover(screen.getAllByRole('listitem')[0]!);
    await user.tab();
    expect(screen.getAllByRole('listitem')[0]).toHaveFocus();
  });
});
