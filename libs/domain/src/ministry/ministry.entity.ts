import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('ministry')
export class MinistryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  abbreviation: string;
}
