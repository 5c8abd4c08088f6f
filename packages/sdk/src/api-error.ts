import type { components } from './generated/openapi.js';

type Problem = components['schemas']['Problem'];

export interface FieldError {
  path: string;
  message: string;
}

/** An API error: the RFC 9457 problem details the API answered with (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly requestId?: string;

  constructor(status: number, problem: Partial<Problem> = {}) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network_error' : 'unknown_error');
    this.title = problem.title ?? 'Request failed';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
  }

  /** The message for one field (`path`), if the API reported one. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}
