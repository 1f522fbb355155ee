import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANSWER_STATUSES } from '#domain';
import { AnswerForecastSchema } from './forecast.schema.js';

export class PersonRefSchema {
  @ApiProperty({ example: 'Sjoerd Sjoerdsma' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: 'D66' }) party: string | null;
}

export class MinistryRefSchema {
  @ApiProperty({ example: 'bz' }) slug: string;
  @ApiProperty({ example: 'Buitenlandse Zaken' }) name: string;
}

class AnswerTermSchema {
  @ApiProperty({ enum: ANSWER_STATUSES, nullable: true, description: 'As of asOf; null when the set has no submission date' }) status: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2022-02-21' }) term: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null until a deferral has been received' }) extendedTerm: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Null while unanswered' }) daysToAnswer: number | null;
  @ApiProperty({ nullable: true, type: Number }) daysOverTerm: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Days since submission while unanswered' }) daysOutstanding: number | null;
  @ApiProperty() deferralCount: number;
}

export class QuestionListItemSchema extends AnswerTermSchema {
  @ApiProperty({ nullable: true, type: String, example: '2022Z01519' }) zaak: string | null;
  @ApiProperty({ example: '2022Z01519' }) key: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2022-01-31' }) submittedOn: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2022-02-28' }) answeredOn: string | null;
  @ApiProperty({ nullable: true, type: MinistryRefSchema }) ministry: MinistryRefSchema | null;
  @ApiProperty({ nullable: true, type: String, example: 'Minister van Buitenlandse Zaken (Hoekstra)' }) minister: string | null;
  @ApiProperty({ type: [PersonRefSchema] }) submitters: PersonRefSchema[];
}

export class QuestionListPageSchema {
  @ApiProperty({ example: '2022-03-01' }) asOf: string;
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [QuestionListItemSchema] }) items: QuestionListItemSchema[];
}

class QuestionSchema {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
  @ApiProperty({ nullable: true, type: String }) answer: string | null;
}

class DeferralSchema {
  @ApiProperty({ nullable: true, type: String, example: '2021-11-29' }) date: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Sent on or before the term' }) inTime: boolean | null;
  @ApiProperty({ example: 'interdepartementale afstemming' }) reason: string;
  @ApiProperty() text: string;
}

class TimelineEventSchema {
  @ApiProperty({ example: '2022-01-31' }) date: string;
  @ApiProperty({ enum: ['submitted', 'deferral', 'term', 'extended_term', 'answered', 'withdrawn'] }) event: string;
  @ApiPropertyOptional({ description: 'Deferrals only' }) inTime?: boolean;
}

class AnswererSchema extends PersonRefSchema {
  @ApiProperty({ nullable: true, type: String }) role: string | null;
}

class DocumentsSchema {
  @ApiProperty({ nullable: true, type: String, example: 'kv-tk-2022Z01519' }) question: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'ah-tk-20212022-1915' }) answer: string | null;
  @ApiProperty({ nullable: true, type: String }) number: string | null;
}

class SourceDocumentSchema {
  @ApiProperty({ description: 'GET /documents/{id} returns the original text' }) id: number;
  @ApiProperty({ enum: ['listing', 'page'] }) format: string;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ nullable: true, type: String }) filename: string | null;
  @ApiProperty() byteLength: number;
  @ApiProperty() importedAt: string;
}

export class QuestionDetailSchema extends QuestionListItemSchema {
  @ApiProperty() asOf: string;
  @ApiProperty({ type: DocumentsSchema }) documents: DocumentsSchema;
  @ApiProperty({ nullable: true, type: String }) withdrawnOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The Kamer's own due date, from the open data" }) officialTerm: string | null;
  @ApiProperty() hasLateDeferral: boolean;
  @ApiProperty({ type: [AnswererSchema] }) answeredBy: AnswererSchema[];
  @ApiProperty({ type: [String] }) addressedTo: string[];
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ type: [QuestionSchema] }) questions: QuestionSchema[];
  @ApiProperty({ type: [DeferralSchema], description: 'Deferrals received by asOf' }) deferrals: DeferralSchema[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Commitments (toezeggingen) with their status as of asOf' }) commitments: object[];
  @ApiProperty({ type: [TimelineEventSchema] }) timeline: TimelineEventSchema[];
  @ApiProperty({ type: [SourceDocumentSchema] }) sourceDocuments: SourceDocumentSchema[];
  @ApiProperty({ nullable: true, type: AnswerForecastSchema, description: 'Expected answer of a set open as of asOf; null once answered or withdrawn' })
  forecast: AnswerForecastSchema | null;
}
