import { ApiProperty } from '@nestjs/swagger';
import { LATENCY_GROUP_BYS } from '#domain';
import { MinistryRefSchema, PersonRefSchema } from './question.schema.js';
import { AnswerForecastSchema } from './forecast.schema.js';

class OverdueItemSchema {
  @ApiProperty({ nullable: true, type: String }) zaak: string | null;
  @ApiProperty() key: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty() submittedOn: string;
  @ApiProperty() term: string;
  @ApiProperty({ nullable: true, type: String }) extendedTerm: string | null;
  @ApiProperty() deferred: boolean;
  @ApiProperty() daysOutstanding: number;
  @ApiProperty() daysOverTerm: number;
  @ApiProperty({ enum: ['overdue', 'overdue_deferred'] }) status: string;
  @ApiProperty({ type: [PersonRefSchema] }) submitters: PersonRefSchema[];
  @ApiProperty({ type: [String], description: 'Everyone who must answer; the set is listed under each. Empty while the documents name nobody.' })
  ministers: string[];
  @ApiProperty({ type: [MinistryRefSchema] }) ministries: MinistryRefSchema[];
  @ApiProperty({ nullable: true, type: AnswerForecastSchema, description: 'Expected answer as of asOf (see GET /questions/{zaak})' })
  forecast: AnswerForecastSchema | null;
}

class UnknownAddresseeOverdueSchema {
  @ApiProperty({ description: 'Why these sets have no minister: their documents name none (termijnwacht sync fills it in)' }) reason: string;
  @ApiProperty() count: number;
  @ApiProperty({ type: [OverdueItemSchema] }) items: OverdueItemSchema[];
}

class OverdueGroupSchema {
  @ApiProperty({ example: 'Minister van Buitenlandse Zaken (Hoekstra)', description: 'Who must answer; a set several must answer is in the group of each' })
  minister: string;
  @ApiProperty({ nullable: true, type: MinistryRefSchema }) ministry: MinistryRefSchema | null;
  @ApiProperty() count: number;
  @ApiProperty({ type: [OverdueItemSchema], description: 'Most days over the term first' }) items: OverdueItemSchema[];
}

export class OverdueReportSchema {
  @ApiProperty() asOf: string;
  @ApiProperty({ description: 'Sets, each counted once whatever the number of groups it is in' }) total: number;
  @ApiProperty({ type: [OverdueGroupSchema], description: 'Largest group first, then by name' }) groups: OverdueGroupSchema[];
  @ApiProperty({ type: UnknownAddresseeOverdueSchema, description: 'Overdue sets whose documents name no addressee or answerer: in no group' })
  unknownAddressee: UnknownAddresseeOverdueSchema;
}

class LatencyGroupSchema {
  @ApiProperty({ example: 'Buitenlandse Zaken' }) group: string;
  @ApiProperty({ description: 'Sets submitted in the period, by asOf' }) count: number;
  @ApiProperty() answered: number;
  @ApiProperty({ nullable: true, type: Number }) medianDays: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanDays: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90Days: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Answered within the term that applied ÷ sets whose outcome is known' }) shareOnTime: number | null;
  @ApiProperty({ nullable: true, type: Number }) shareWithDeferral: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'First deferral sent by the term ÷ sets with a deferral' }) shareDeferralsInTime: number | null;
  @ApiProperty({ nullable: true, type: Number }) longestOpenDays: number | null;
}

class UnknownAddresseeLatencySchema extends LatencyGroupSchema {
  @ApiProperty() reason: string;
}

export class LatencyReportSchema {
  @ApiProperty() asOf: string;
  @ApiProperty({ enum: LATENCY_GROUP_BYS }) groupBy: string;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty({ nullable: true, type: String }) to: string | null;
  @ApiProperty({
    type: [LatencyGroupSchema],
    description: 'groupBy ministry/minister: a set counts in the group of each ministry or minister that must answer it',
  })
  groups: LatencyGroupSchema[];
  @ApiProperty({
    nullable: true,
    type: UnknownAddresseeLatencySchema,
    description: 'groupBy ministry/minister: the sets naming nobody yet (in no group); null otherwise',
  })
  unknownAddressee: UnknownAddresseeLatencySchema | null;
}
