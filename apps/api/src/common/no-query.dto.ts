/** For endpoints that take no query parameters: with the global pipe, any parameter given is a 400 naming it. */
export class NoQueryDto {}
