import { addons } from 'storybook/manager-api';
import { storybookTheme } from './brand';

addons.setConfig({ theme: storybookTheme('light') });
