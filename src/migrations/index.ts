import * as migration_20261125_031042_initial from './20261125_031042_initial';
import * as migration_20261125_033728_backoffice from './20261125_033728_backoffice';

export const migrations = [
  {
    up: migration_20261125_031042_initial.up,
    down: migration_20261125_031042_initial.down,
    name: '20261125_031042_initial',
  },
  {
    up: migration_20261125_033728_backoffice.up,
    down: migration_20261125_033728_backoffice.down,
    name: '20261125_033728_backoffice'
  },
];
