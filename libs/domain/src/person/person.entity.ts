import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member of the Kamer or of the government, as named in documents. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-case surname-based key so "Sjoerd Sjoerdsma" and "Sjoerdsma" meet; see person-key.util.ts. */
  @Column({ type: 'varchar', length: 200, unique: true })
  slug: string;

  @Column({ type: 'integer', nullable: true })
  partyId: number | null;
}

@Entity('party')
export class PartyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  abbreviation: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;
}
