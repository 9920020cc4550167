export function lowerCaseFirst(name: string): string {
    return name.charAt(0).toLowerCase() + name.slice(1);
}

export function upperCaseFirst(name: string): string {
    return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The PrismaClient property for a model: `User` → `user`, `URLMap` → `uRLMap`. */
export function modelDelegateName(modelName: string): string {
    return lowerCaseFirst(modelName);
}
