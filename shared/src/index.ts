/**
 * The rules module: Shanghai's social vocational skill assessment notices as data,
 * and pure functions over them. No I/O, no clock reads (today is always a parameter),
 * no dependence on the machine's time zone.
 */
export * from './types';
export * from './errors';
// The implementation modules are added beside this file; each exports one concept.
export * from './api';
