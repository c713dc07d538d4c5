// Generators: Meeting → tables the secretariat otherwise retypes. Pure; the hosts and file writers draw them.
export * from './table-spec';
export * from './annex';
export * from './register';
export * from './interim';
export * from './agenda';
export * from './blocks';
