import { journeyConfig, journeyUrls } from '@comptoir/e2e-config';

// API on 4320, storefront on 4321, back-office on 4322 (the storefront's journeys use 4310-4312).
const basePort = 4320;
export const urls = journeyUrls(basePort);
export default journeyConfig({ app: 'admin', basePort });
