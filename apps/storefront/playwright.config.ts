import { journeyConfig, journeyUrls } from '@comptoir/e2e-config';

// API on 4310, storefront on 4311, back-office on 4312 (the back-office's journeys use 4320-4322).
const basePort = 4310;
export const urls = journeyUrls(basePort);
export default journeyConfig({ app: 'storefront', basePort });
