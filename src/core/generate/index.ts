// Generators: Meeting → the changes the secretariat otherwise makes by hand, as plans every host writes the same way.
export * from './table-spec';
export * from './plan';
export * from './annex';
export * from './register';
export * from './interim';
export * from './agenda';
export * from './blocks';
export * from './calendar';
