import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { firstScreenLazy, preloadFirstScreen } from './preload';

let loads = 0;
const Part = firstScreenLazy(() => {
  loads++;
  return Promise.resolve({ default: ({ text }: { text: string }) => <p>{text}</p> });
});

describe('the first screen’s lazy parts', () => {
  it('render without a placeholder once fetched, and are fetched once', async () => {
    await preloadFirstScreen();
    await preloadFirstScreen();
    expect(loads).toBe(1);
    // One synchronous render: no fallback is ever committed.
    act(() => {
      render(
        <Suspense fallback={<p>placeholder</p>}>
          <Part text="the part" />
        </Suspense>,
      );
    });
    expect(screen.getByText('the part')).toBeInTheDocument();
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  it('a part not yet fetched suspends like any lazy component', async () => {
    let release!: () => void;
    const Late = firstScreenLazy(
      () =>
        new Promise<{ default: () => React.JSX.Element }>((done) => {
          release = () => done({ default: () => <p>late part</p> });
        }),
    );
    act(() => {
      render(
        <Suspense fallback={<p>placeholder</p>}>
          <Late />
        </Suspense>,
      );
    });
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    await act(async () => release());
    expect(await screen.findByText('late part')).toBeInTheDocument();
  });
});
