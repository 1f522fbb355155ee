export { extractCommitments } from './extract-commitments.js';
