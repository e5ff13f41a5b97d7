import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/background-app';

export default defineBackground(() => startBackground());
