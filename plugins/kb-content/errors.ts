import path from 'node:path';

/**
 * A problem in authored content. The message always names the file and line and says how to
 * fix it, because the person reading it is an author, not a developer.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${displayPath(file)}:${line}: ${problem}\n  Fix: ${fix}`);
    this.name = 'ContentError';
    // Authors need the file and line, not our stack frames.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Paths relative to the working directory read better in a terminal and in CI logs. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** Collects every error in a pass so an author fixes them all in one go. */
export class ErrorList {
  readonly errors: ContentError[] = [];
  add(error: ContentError): void {
    this.errors.push(error);
  }
  /** Runs `work`, keeping a ContentError instead of stopping at it. */
  collect<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (error instanceof ContentError) {
        this.add(error);
        return undefined;
      }
      throw error;
    }
  }
  throwIfAny(): void {
    if (this.errors.length === 1) throw this.errors[0];
    if (this.errors.length > 1) {
      const combined = new Error(
        `${this.errors.length} problems in content:\n\n${this.errors.map((e) => e.message).join('\n\n')}`,
      );
      combined.name = 'ContentError';
      combined.stack = `${combined.name}: ${combined.message}`;
      throw combined;
    }
  }
}
