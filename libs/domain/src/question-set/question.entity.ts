import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('question')
export class QuestionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;
}
