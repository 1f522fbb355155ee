export const NOTICE_TEMPLATE = `<h1>{{title}}</h1>
{{#each paragraphs}}<p{{#if @first}} class="notice" role="status"{{/if}}>{{this}}</p>
{{/each}}{{#if problems.length}}<ul>{{#each problems}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
{{#if back}}<p><a href="{{back}}">Terug naar de pagina</a></p>{{/if}}
`;
