export * from './residentId';
export * from './phone';
export * from './ethnicity';
export * from './bloodGroup';
export * from './text';
export * from './issues';
