/** Defines every element and exports their classes. */
import './commitment-list/define.js';

export * from './classes.js';
