export * from './event-date';
export * from './timeline';
export * from './document';
export * from './event';
export * from './seed';
export * from './api';
export * from './timelinejs';
