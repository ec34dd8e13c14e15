export * from './errors';
export * from './methods';
export * from './people';
export * from './system';
export * from './audit';
export * from './client';
export * from './rules';
export * from './stemcell';
