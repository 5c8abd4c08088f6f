export type { JobTasks } from './job-queue';
export { enqueueJob, installJobQueue, runDueJobs, startJobRunner } from './job-queue';
