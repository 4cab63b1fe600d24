export * from './vocab';
export * from './summary';
export * from './input';
export * from './stored';
