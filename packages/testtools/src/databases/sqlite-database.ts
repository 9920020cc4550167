import { copyFile, mkdir } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { projectCacheRoot } from '../project/project-cache.js';
import type { TestDatabaseDriver } from './test-database.js';

const TEMPLATE_FILE = 'template.db';

const created: string[] = [];
let cleanupRegistered = false;

/** Deletes this process's database files when it exits; the template stays in the cached project. */
function removeOnExit(file: string): void {
    created.push(file);
    if (cleanupRegistered) return;
    cleanupRegistered = true;
    process.once('exit', () => {
        for (const f of created) for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(f + suffix, { force: true });
    });
}

/** SQLite: the schema is applied once to a template file in the project; each database is a copy of it. */
export const sqliteDriver: TestDatabaseDriver = {
    provider: 'sqlite',

    cliEnv: () => ({}),

    async prepareProject(projectDir, ddl) {
        const db = new Database(join(projectDir, TEMPLATE_FILE));
        try {
            db.exec(ddl);
        } finally {
            db.close();
        }
    },

    async createDatabase(project, { dbUrl, pushDb }) {
        let file: string;
        if (dbUrl) {
            const path = dbUrl.replace(/^file:/, '');
            file = isAbsolute(path) ? path : resolve(project.dir, path);
        } else {
            const dir = join(projectCacheRoot(), 'databases');
            await mkdir(dir, { recursive: true });
            file = join(dir, `${process.pid}-${randomBytes(6).toString('hex')}.db`);
            removeOnExit(file);
        }
        if (pushDb) await copyFile(join(project.dir, TEMPLATE_FILE), file);
        else rmSync(file, { force: true });
        return { connection: { provider: 'sqlite', url: `file:${file}` }, url: `file:${file}` };
    },
};
