export * from './residentId';
export * from './phone';
