// The onboarding path's sections as the site builds them: every docs entry with its reading stats
// (counted by the Markdown pipeline) and every exercise, through readingSections. The onboarding
// page's <ReadingPath /> renders them and the route middleware lists their headings under "On this
// page", so both ask this one function.
import { getCollection, render } from 'astro:content';
import { readingSections, stepAnchor, type PathExercise, type ReadingSection, type SectionStep } from '../content-pipeline/reading-order.ts';
import { buildStepMinutes, exerciseMinutes, type SectionStats } from '../content-pipeline/reading-time.ts';
import { capstoneStepWork } from '../capstone/step-work.ts';
import { READING_STATS_KEY } from '../content-pipeline/reading-stats-plugin.ts';
import { pathRules, sidebar, SIDEBAR_FILE } from '../content-pipeline/sidebar.ts';
import { exerciseCatalogue, type Exercise } from '../exercises/catalogue.ts';
import { exerciseAnchor } from '../exercises/exercises.ts';
import { projectRoot } from '../cli/project-root.ts';

export interface OnboardingPath {
  sections: ReadingSection[];
  /** Each exercise by folder, with its place on the path. */
  exercises: Map<string, Exercise & { path: PathExercise }>;
}

export async function onboardingPath(): Promise<OnboardingPath> {
  const entries = await Promise.all(
    (await getCollection('docs')).map(async (entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      title: entry.data.title,
      readingPath: entry.data.readingPath,
      sections: entry.data.readingPath ? ((await render(entry)).remarkPluginFrontmatter[READING_STATS_KEY] as SectionStats[]) : [],
    })),
  );
  const exercises = new Map(
    exerciseCatalogue(projectRoot())
      .all()
      .map((exercise) => {
        const { id, task, readme, startingFile } = exercise;
        const minutes = exerciseMinutes([...task.task, ...task.hints].join(' '), startingFile());
        return [id.folder, { ...exercise, path: { folder: id.folder, file: readme, page: task.page, section: task.section, minutes } satisfies PathExercise }];
      }),
  );
  // The build track's steps count like exercises: each goes with its page, its time is reading its
  // task and writing what its solution adds (src/capstone/step-work.ts).
  const steps = capstoneStepWork(projectRoot()).map(
    (step): PathExercise => ({ folder: step.folder, file: step.readme, page: step.page, section: step.section, minutes: buildStepMinutes(step.task, step.writtenLines) }),
  );
  return { sections: readingSections(sidebar, entries, pathRules, SIDEBAR_FILE, [...[...exercises.values()].map((e) => e.path), ...steps]), exercises };
}

/** A step's heading on the onboarding page: its page's title, and where its part starts. */
export function stepHeading(step: SectionStep): string {
  return step.part?.kind === 'rest' ? `${step.title}, from “${step.part.headingTitle}”` : step.title;
}

/** An entry of Starlight's "On this page". */
export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/** The onboarding page's headings, which its component writes: one per section, one per step under it. */
export function onboardingToc(sections: readonly ReadingSection[]): TocItem[] {
  return sections.map((section) => ({
    depth: 2,
    slug: section.anchor,
    text: section.title,
    children: section.steps.map((step) => ({ depth: 3, slug: stepAnchor(step), text: stepHeading(step), children: [] })),
  }));
}

/** The exercises page's headings, which <Exercises /> writes: one per exercise. */
export function exercisesToc(): TocItem[] {
  return exerciseCatalogue(projectRoot())
    .all()
    .map(({ id, task }) => ({ depth: 2, slug: exerciseAnchor(id), text: `Exercise ${id.number}: ${task.title}`, children: [] }));
}
