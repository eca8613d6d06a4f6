/** Defines every element and exports their classes. */
import './mine-ban-widgets.js';

export * from './classes.js';
