import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { toCodeableConcept, type ClinicalTermEngine, type ConceptSearchResult, type ExtractionResult } from '@medlocal/clinical-terms';
import { Roles } from '../common/access/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config';
import { ExtractTermsRequestDto } from './extract-terms.request.dto';
import { SearchTermsQueryDto } from './search-terms.query.dto';
import { TERM_ENGINE } from './term-engine.factory';
import { TermsError, TermsErrorCode } from './terms.errors';

/** Coded terms for clinicians and admins: concepts with ICD-11, ICD-10 and SNOMED CT, entities with units. */
@ApiTags('terms')
@Roles('clinician', 'admin')
@Controller('terms')
export class TermsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TERM_ENGINE) private readonly engine: ClinicalTermEngine,
  ) {}

  @Post('extract')
  @HttpCode(200)
  extract(@Body() body: ExtractTermsRequestDto): ExtractionResult & { fhir: ReturnType<typeof toCodeableConcept>[] } {
    const limit = this.config.chat.maxMessageChars;
    if (body.text.length > limit) throw new TermsError(TermsErrorCode.TextTooLong, `text is ${body.text.length} characters; the limit is ${limit}`);
    const result = this.engine.extract(body.text);
    return { ...result, fhir: result.concepts.map((concept) => toCodeableConcept(concept)) };
  }

  @Get('search')
  search(@Query() query: SearchTermsQueryDto): { results: ConceptSearchResult[] } {
    return { results: this.engine.search(query.q, query.limit ?? 20) };
  }
}
