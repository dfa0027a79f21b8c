/**
 * `data-testid` on any element must be a {@link TestId}: a typo or a renamed id is a type error.
 */
import 'react';
import type { TestId } from './model/testIds';

declare module 'react' {
  // Declaration merging must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    'data-testid'?: TestId;
  }
}
