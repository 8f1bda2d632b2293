export * from '../../dist/index.js';
export * from '../../dist/figures/index.js';
export * from '../../dist/detect/index.js';
export * from '../../dist/report/index.js';
