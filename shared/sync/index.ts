/**
 * The sync protocol's wire (SYNC.md): what travels between the app and the hub, and the limits
 * both sides keep. Pure schemas and types; the hub (hub/) and the client engine (renderer/sync/)
 * both parse with them.
 */
export * from './hello';
export * from './hub-identity';
export * from './hub-records';
export * from './limits';
export * from './publish';
export * from './pull';
export * from './push';
export * from './roles';
export * from './team';
export * from './backoff';
export * from './hub-calls';
export * from './hub-client';
export * from './hub-failure';
export * from './hub-url';
export * from './poke-stream';
export * from './server-sent-events';
