// Shared by the browser form and the server, so no native code here.
export const MIN_PASSWORD_LENGTH = 12;
