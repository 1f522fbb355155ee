export {
  bewindspersonenDirectory,
  headsOfMinistry,
  bewindspersoonSlugAt,
  bewindspersoonSlugOf,
  type BewindspersoonEntry,
} from './bewindspersoon-directory.util.js';
export { BewindspersoonService, type BewindspersoonListItem, type BewindspersoonTenure } from './bewindspersoon.service.js';
