export { createProgram } from './createProgram';
