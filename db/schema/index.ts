export * from "./enums";
export * from "./users";
export * from "./contracts";
export * from "./tickets";
export * from "./system";
export * from "./notifications";
