export * from './vocab';
export * from './summary';
export * from './input';
