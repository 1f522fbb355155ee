import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FAVICON_SVG } from './favicon-svg.js';
import { SITE_CSS } from './site-css.js';

/** The pages' own assets: served by the app, never from another host. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  @Get('site.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  css(): string {
    return SITE_CSS;
  }

  @Get('favicon.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=86400')
  favicon(): string {
    return FAVICON_SVG;
  }
}
