import type { DataSource } from 'typeorm';
import { NotFoundError } from '../common/domain-errors.js';
import type { FilterOptions, MemberView, MinistryView } from './dashboard-view.js';
import { DirectoryRepository } from './directory.repository.js';

/** Who and what the public pages can be about: members, ministries, and the values the filter forms offer. */
export class DirectoryService {
  private readonly repository: DirectoryRepository;

  constructor(dataSource: DataSource) {
    this.repository = new DirectoryRepository(dataSource);
  }

  members(): Promise<MemberView[]> {
    return this.repository.members();
  }

  async member(slug: string): Promise<MemberView> {
    const [member] = await this.repository.members(slug);
    if (!member) throw new NotFoundError(`no member with slug ${slug} has asked written questions`);
    return member;
  }

  /** The ministries that must answer at least one set (one with none is not listed). */
  async ministries(): Promise<MinistryView[]> {
    return (await this.repository.ministries()).filter((m) => m.questionSets > 0);
  }

  async ministry(slug: string): Promise<MinistryView> {
    const ministry = (await this.repository.ministries()).find((m) => m.slug === slug);
    if (!ministry) throw new NotFoundError(`no ministry with slug ${slug}`);
    return ministry;
  }

  async filterOptions(): Promise<FilterOptions> {
    const [ministries, parties, topics, ministers] = await Promise.all([
      this.repository.ministries(),
      this.repository.parties(),
      this.repository.topics(),
      this.repository.ministerLabels(),
    ]);
    return {
      ministries: ministries.map((m) => ({ value: m.slug, label: m.name, count: m.questionSets })),
      parties,
      topics,
      ministers,
    };
  }
}
