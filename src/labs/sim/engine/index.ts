/** The simulation engine: plain TypeScript, no React, deterministic under a seed. */
export * from './browser';
export * from './http';
export * from './jwt';
export * from './rng';
export * from './scenarios';
export * from './server';
export * from './store';
export * from './world';
