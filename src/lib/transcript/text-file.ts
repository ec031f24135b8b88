/** The downloadable text file: a short header saying what it is and where it comes from, then the episode's plain text. */
export function transcriptTextFile({ title, podcast, url, text }: { title: string; podcast: string; url: string; text: string }): string {
  return `${title}\n${podcast}\n${url}\n\n${text}\n`;
}
