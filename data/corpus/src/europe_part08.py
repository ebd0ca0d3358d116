# writer europe, part 08. Each item written by hand.
ITEMS = [
(0, "classification", "pt", "none", "none", None, """essa frase é positiva ou negativa: "o atendimento foi uma bosta mas a pizza salvou" """),
(1, "open_qa", "pt", "none", "none", None, """por que o Brasil fala português e não espanhol como o resto da América do Sul?"""),
(0, "summarization", "pt", "before", "prose", "eu2-pt-p01", """Resume-me esta notícia em duas frases, por favor:

A CP anunciou esta segunda-feira que vai reforçar a oferta de comboios na linha de Sintra a partir de março, com mais oito ligações diárias nas horas de ponta entre Sintra e o Rossio. A medida surge depois de meses de queixas dos utentes, que denunciam composições sobrelotadas e atrasos frequentes, sobretudo entre as 7h30 e as 9h. Segundo a empresa, o reforço só é possível graças à chegada de novas automotoras, reparadas nas oficinas de Guifões. A Comissão de Utentes da Linha de Sintra considera a medida positiva mas insuficiente, lembrando que a linha transporta mais de 100 mil passageiros por dia e que a frequência continua abaixo da que existia antes da pandemia. A CP promete ainda rever os horários de fim de semana até ao verão."""),
(1, "general_qa", "pt", "none", "none", "eu2-pt-p01", """Vou mudar-me para Queluz e trabalhar no Saldanha. Compensa mais ir de comboio pela linha de Sintra ou de carro? Quanto vou gastar por mês com o passe Navegante?"""),
(0, "classification", "pt", "before", "list", None, """Classifica cada palavra como português europeu ou brasileiro: autocarro, ônibus, comboio, trem, pequeno-almoço, café da manhã, telemóvel, celular"""),
(1, "creative_writing", "pt", "none", "none", None, """escreve um fado curto sobre o último elétrico 28 da noite em Alfama"""),
(0, "summarization", "pt", "none", "none", "eu2-pt-p06", """resumo de Dom Casmurro em 5 linhas pra prova de amanhã"""),
(1, "open_qa", "pt", "none", "none", "eu2-pt-p06", """Capitu traiu ou não traiu o Bentinho? O que os críticos dizem sobre isso em Dom Casmurro?"""),
(0, "classification", "pt", "after", "reviews", None, """"Entrega rápida, produto igualzinho à foto."
"Veio com a tampa quebrada, pedi reembolso e até agora nada."
"Bom, mas achei caro pelo tamanho."
"Melhor compra do ano, já comprei outro pra minha mãe!"

classifica cada avaliação como positiva, negativa ou neutra, uma por linha"""),
(1, "general_qa", "pt", "none", "none", None, """Como faço para declarar imposto de renda pela primeira vez? Sou MEI e também tenho um emprego CLT. Tô perdida."""),
(0, "classification", "pt", "none", "none", None, """Isto é spam? "Parabéns! O seu número foi sorteado para um prémio de 5000€. Ligue já para o 760 200 300." sim ou não"""),
(1, "creative_writing", "pt", "none", "none", None, """faz uma marchinha de carnaval engraçada sobre o calor do Rio em fevereiro"""),
(0, "summarization", "pt", "after", "chat", None, """[Família Souza 💚]
Tia Rosa: gente o almoço de domingo vai ser aqui em casa
Primo Caio: vou levar a maionese
Mãe: eu faço o pavê
Tio Beto: e o churrasco quem compra a carne?
Tia Rosa: Beto vc compra a picanha e a linguiça, depois a gente racha
Vó Lurdes: eu não como carne de porco lembram
Tia Rosa: vó a gente faz um frango pra senhora
Primo Caio: que horas?
Tia Rosa: meio dia, não atrasem!!!

me diz em 2 linhas o que ficou combinado que eu não li nada"""),
(1, "open_qa", "pt", "none", "none", None, """o que é exatamente a Selic e por que quando ela sobe tudo fica mais caro?"""),
(0, "classification", "pt", "inline", "chat", None, """Sistema: És um assistente de triagem do SNS 24. Para cada mensagem, responde só com uma categoria: URGENTE, MARCAR CONSULTA, INFORMAÇÃO ADMINISTRATIVA.
Utente: Boa tarde, queria saber como posso pedir a isenção das taxas moderadoras, estou desempregado desde janeiro."""),
(1, "general_qa", "pt", "none", "none", None, """O meu senhorio quer aumentar a renda 15% este ano. Isso é legal em Portugal? O que posso fazer?"""),
(0, "summarization", "pt", "before", "email", None, """Faz um resumo deste email em 3 pontos para eu reencaminhar à equipa:

Assunto: Alterações ao horário de verão

Bom dia a todos,

Informamos que, a partir de 1 de julho e até 15 de setembro, o escritório do Porto passa a funcionar em horário de verão: das 8h00 às 16h00 de segunda a quinta-feira, e das 8h00 às 13h00 à sexta-feira. O atendimento telefónico aos clientes será assegurado por turnos entre as 16h00 e as 18h00; a escala será publicada na intranet até ao final desta semana. Pedimos ainda que as férias sejam marcadas no portal até 31 de maio, para que possamos garantir pelo menos duas pessoas por departamento em cada quinzena de agosto.

Obrigada pela colaboração,
Marta Ferreira
Recursos Humanos"""),
(1, "creative_writing", "pt", "none", "none", None, """Escreve um poema para o aniversário de 80 anos da minha avó de Trás-os-Montes, que ainda faz o pão no forno a lenha todas as semanas."""),
(0, "classification", "pt", "none", "none", None, """"saudade" é substantivo, verbo ou adjetivo?"""),
(1, "open_qa", "pt", "none", "none", None, """A palavra saudade existe mesmo só em português ou isso é mito?"""),
(0, "classification", "pt", "before", "list", None, """Quais destes são estados do Brasil? Bahia, Recife, Goiás, Manaus, Pará, Curitiba, Sergipe"""),
(1, "general_qa", "pt", "none", "none", None, """roteiro de 10 dias no Nordeste saindo de SP, quero praia mas sem muvuca, orçamento médio"""),
(0, "summarization", "pt", "after", "transcript", None, """[Reunião de condomínio – Edifício Ipê, ata informal]
Síndico Marcos: Primeiro ponto, a reforma da fachada. Recebemos três orçamentos, o mais barato é de 280 mil.
Dona Célia (apto 42): 280 mil é um absurdo, quanto vai dar pra cada um?
Síndico Marcos: Dá em média 7 mil por unidade, dá pra parcelar em 10 vezes.
Seu Jorge (apto 11): Eu acho que tem que fazer, tá caindo reboco na calçada, um dia machuca alguém.
Síndico Marcos: Vamos votar. Quem é a favor? ... 19 a favor, 6 contra. Aprovado.
Dona Célia: Registra meu voto contra.
Síndico Marcos: Registrado. Segundo ponto, o barulho da academia do térreo depois das 22h.
Seu Jorge: Tem gente treinando meia-noite, o som das anilhas sobe até o quinto andar.
Síndico Marcos: Proposta: academia fecha às 22h, com fechadura eletrônica. Alguém contra? Ninguém. Aprovado.
Síndico Marcos: Último ponto, a vaga de garagem do 33 que está sendo alugada pra gente de fora. Isso fica pra próxima assembleia porque precisa de parecer do advogado.

Faz uma ata resumida com as decisões, por favor"""),
(1, "open_qa", "pt", "none", "none", None, """o condomínio pode me proibir de alugar minha vaga de garagem pra alguém que não mora no prédio?"""),
(0, "classification", "pt", "none", "none", None, """"Bué fixe, meu!" – isto é de Portugal ou do Brasil?"""),
(1, "creative_writing", "pt", "none", "none", None, """Cria 6 nomes para uma pastelaria em Lisboa especializada em pastéis de nata com sabores diferentes (maracujá, chocolate, etc). Nada de trocadilhos foleiros."""),
(0, "summarization", "pt", "after", "prose", None, """O presente contrato de arrendamento é celebrado pelo prazo de três anos, com início em 1 de outubro, renovando-se automaticamente por períodos sucessivos de igual duração, salvo oposição de qualquer das partes comunicada por carta registada com aviso de receção com a antecedência mínima legal. A renda mensal é de 850 euros, a pagar até ao dia 8 de cada mês por transferência bancária para o IBAN indicado pelo senhorio. O arrendatário entrega, na data de assinatura, o montante equivalente a duas rendas a título de caução, que será devolvido no final do contrato, deduzidas eventuais despesas de reparação de danos que excedam o desgaste normal. É proibida a sublocação, total ou parcial, bem como a permanência de animais de grande porte sem autorização escrita do senhorio. As despesas de condomínio são da responsabilidade do senhorio; água, luz, gás e internet ficam a cargo do arrendatário.

Resume as principais condições deste contrato em tópicos curtos."""),
(1, "general_qa", "pt", "none", "none", None, """Tenho um cão de 30 kg e o contrato de arrendamento que me propuseram proíbe animais de grande porte. Como negoceio isso com o senhorio antes de assinar?"""),
(0, "classification", "pt", "before", "list", None, """separa em frutas e legumes: caju, chuchu, jabuticaba, quiabo, pitanga, maxixe, acerola"""),
(1, "open_qa", "pt", "none", "none", None, """Porque é que em Portugal se almoça tão tarde comparado com a Alemanha? É cultural ou tem a ver com o fuso horário?"""),
(0, "summarization", "pt", "before", "reviews", "eu2-pt-p09", """Quais são os principais elogios e críticas nestas avaliações do nosso alojamento local no Algarve? Responde em poucas linhas.

"Casa impecável e a 5 minutos da praia da Falésia. Só faltava ar condicionado no quarto pequeno."
"Anfitriões super simpáticos, deixaram vinho e pão caseiro. O quarto pequeno é um forno em agosto."
"Localização perfeita, mas o estacionamento na rua é complicado ao fim do dia."
"Muito limpa, cozinha bem equipada. Recomendo, mas tragam ventoinha!"
"Difícil estacionar, de resto tudo 5 estrelas." """),
(1, "creative_writing", "pt", "before", "reviews", "eu2-pt-p09", """Escreve uma resposta simpática de anfitrião a esta avaliação, a agradecer e a dizer que já instalámos ar condicionado no quarto pequeno:

"Casa impecável e a 5 minutos da praia da Falésia. Só faltava ar condicionado no quarto pequeno, em agosto é um forno." """),
(0, "classification", "pt", "none", "none", None, """"A reunião foi adiada para quinta-feira." Qual é a língua: galego, português ou espanhol?"""),
(1, "general_qa", "pt", "none", "none", None, """Quero começar a correr mas peso 98 kg e tenho 45 anos. Como começo sem dar cabo dos joelhos?"""),
(1, "open_qa", "pt", "none", "none", None, """qual a diferença entre o SUS e um plano de saúde privado no Brasil? vale a pena pagar plano se eu sou jovem?"""),
(0, "summarization", "pt", "before", "prose", "eu2-pt-p02", """Resume este texto em 4 tópicos para a minha apresentação de História:

A Revolução dos Cravos, a 25 de abril de 1974, pôs fim a quase meio século de ditadura em Portugal, o regime do Estado Novo fundado por António de Oliveira Salazar e continuado por Marcelo Caetano. O golpe foi organizado pelo Movimento das Forças Armadas, composto sobretudo por jovens capitães cansados da guerra colonial em Angola, Moçambique e Guiné-Bissau, que durava desde 1961. A senha para o início das operações foi a transmissão na rádio da canção «Grândola, Vila Morena», de Zeca Afonso. A população saiu à rua para apoiar os militares e os soldados colocaram cravos vermelhos nos canos das espingardas, o que deu o nome à revolução. Houve muito poucas vítimas. Nos meses seguintes, Portugal viveu um período agitado, o PREC, e iniciou o processo de descolonização. Em 1976 foi aprovada uma nova Constituição e realizaram-se as primeiras eleições livres."""),
(1, "open_qa", "pt", "none", "none", "eu2-pt-p02", """Dá-me 4 tópicos para explicar porque é que o Estado Novo durou tanto tempo em Portugal, para uma apresentação de História."""),
(0, "classification", "pt", "after", "email", None, """Assunto: URGENTE – Atualização dos seus dados bancários
Caro cliente, detetámos um acesso invulgar à sua conta Caixadireta. Para evitar o bloqueio, clique aqui e confirme o seu código de acesso e o número do cartão matriz nas próximas 24 horas.

É phishing ou é legítimo? responde com uma palavra"""),
(1, "general_qa", "pt", "none", "none", None, """cliquei num link falso do banco e meti o código, o que faço AGORA?"""),
(0, "summarization", "pt", "none", "none", None, """Resume o filme Cidade de Deus em poucas frases."""),
(1, "creative_writing", "pt", "none", "none", None, """Escreve um conto curtinho de terror que se passa num ônibus vazio na madrugada em Belo Horizonte. Final inesperado."""),
(0, "classification", "pt", "before", "list", None, """Qual destes não é um clube de futebol português: Benfica, Sporting, Boavista, Vitória de Guimarães, Fluminense, Marítimo"""),
(1, "open_qa", "pt", "none", "none", None, """como o Brasil ganhou 5 Copas e Portugal nenhuma, tendo tido o Eusébio e o Cristiano?"""),
(0, "summarization", "pt", "after", "log", None, """[2024-06-02 14:03:11] INFO  Deploy iniciado – versão 3.8.2 (branch main)
[2024-06-02 14:03:45] INFO  Build OK em 34s
[2024-06-02 14:04:02] INFO  Migração BD: 2 scripts aplicados
[2024-06-02 14:04:10] ERROR Health check falhou em pod api-7f9c: timeout 5000ms
[2024-06-02 14:04:15] ERROR Health check falhou em pod api-2b1d: timeout 5000ms
[2024-06-02 14:04:16] WARN  Rollback automático disparado
[2024-06-02 14:05:30] INFO  Rollback concluído – versão 3.8.1 ativa
[2024-06-02 14:12:48] INFO  Causa identificada: variável REDIS_URL ausente no novo configmap

Escreve um resumo curto do que aconteceu nesse deploy, pra mandar no canal #incidentes"""),
(1, "open_qa", "pt", "none", "none", None, """qual a diferença entre configmap e secret no Kubernetes? posso botar a senha do redis num configmap?"""),
(0, "classification", "pt", "none", "none", None, """"Que dia lindo pra ficar preso no trânsito duas horas." sarcasmo: sim ou não?"""),
(1, "general_qa", "pt", "none", "none", None, """O meu filho de 8 anos passa 4 horas por dia no tablet. Como reduzo isso sem estar sempre a discutir com ele?"""),
(1, "creative_writing", "pt", "none", "none", None, """escreve um post de LinkedIn anunciando que saí da empresa depois de 7 anos, agradecido mas sem ser meloso"""),
(0, "summarization", "pt", "before", "prose", None, """Podes fazer um resumo curto deste aviso para pôr no grupo dos pais?

AVISO – Agrupamento de Escolas de Benfica
Informam-se os encarregados de educação de que, devido à greve de pessoal não docente convocada para o dia 14 de novembro, a escola básica n.º 2 poderá não ter condições para garantir o normal funcionamento das atividades letivas. A direção só poderá confirmar a abertura do estabelecimento na manhã do próprio dia, pelas 8h00, através da página do agrupamento e de mensagem na plataforma Inovar. As refeições no refeitório não estão garantidas, pelo que se recomenda que os alunos tragam lanche. Os alunos com Necessidades de Saúde Especiais serão acompanhados pela equipa de educação especial, caso a escola abra."""),
(0, "classification", "pt", "inline", "form", "eu2-pt-p14", """FORMULÁRIO DE CONTACTO – Loja online CasaViva
Nome: (omitido)
Assunto: Outro
Mensagem: "Encomendei um sofá há 5 semanas, disseram 3 semanas de entrega e até agora nada. Ninguém atende o telefone."

Escolhe o departamento certo para este pedido: ENTREGAS, DEVOLUÇÕES, FATURAÇÃO ou PRODUTO. Só o nome."""),
(1, "general_qa", "pt", "none", "none", "eu2-pt-p14", """a loja online não entrega meu sofá há 5 semanas e ninguém atende. posso cancelar e pedir o dinheiro de volta? como faço valer meus direitos no Procon?"""),
(0, "classification", "pt", "before", "list", None, """Organiza estes pratos por país (Portugal ou Brasil): francesinha, moqueca, bacalhau à Brás, acarajé, cozido à portuguesa, feijão tropeiro, caldo verde, tacacá"""),
(1, "creative_writing", "pt", "none", "none", None, """inventa uma receita divertida em forma de poema para fazer brigadeiro, pra eu ler na festa da minha filha"""),
(1, "open_qa", "pt", "none", "none", None, """Por que a francesinha do Porto tem esse nome se não tem nada de francês?"""),
(0, "summarization", "pt", "after", "story", None, """O seu Antônio tinha uma banca de jornal na esquina da Augusta havia quarenta anos. Vendia revista, figurinha da Copa, bala de goma e, de vez em quando, um bilhete de loteria que ninguém ganhava. Quando os jornais foram sumindo, ele passou a vender capinha de celular, carregador, chip pré-pago. Os filhos diziam que ele devia fechar, que a banca não dava mais nada, mas ele respondia que o problema não era dinheiro. Era quem passava.

Todo dia às sete da manhã parava a dona Cida, que comprava um pão de queijo na padaria ao lado e vinha comer conversando com ele. Às onze, o motoboy Rafa pedia pra carregar o celular na tomada da banca. Às cinco, os meninos da escola estadual compravam figurinha e discutiam quem tinha o Neymar repetido. No dia em que a prefeitura mandou a notificação para retirar a banca, foi a dona Cida quem fez o abaixo-assinado. Juntou mil e duzentas assinaturas em uma semana. A banca ficou. O seu Antônio pintou ela de verde de novo.

resume essa história em 3 frases"""),
(0, "classification", "pt", "after", "story", "eu2-pt-p10", """O seu Antônio tinha uma banca de jornal na esquina da Augusta havia quarenta anos. Quando a prefeitura mandou retirar a banca, a dona Cida juntou mil e duzentas assinaturas em uma semana. A banca ficou.

Qual o gênero desse texto: crônica, notícia, poema ou receita?"""),
(1, "creative_writing", "pt", "after", "story", "eu2-pt-p10", """O seu Antônio tinha uma banca de jornal na esquina da Augusta havia quarenta anos. Quando a prefeitura mandou retirar a banca, a dona Cida juntou mil e duzentas assinaturas em uma semana. A banca ficou.

Reescreve essa crônica do ponto de vista da dona Cida, em primeira pessoa, com o mesmo tom afetuoso."""),
(0, "classification", "pt", "none", "none", None, """Classifica o nível de formalidade: "Venho por este meio solicitar a V. Exa. a marcação de uma reunião." formal/informal"""),
(1, "general_qa", "pt", "none", "none", None, """Como escrevo um email formal a pedir uma reunião ao diretor da escola do meu filho? Ele anda a ser gozado pelos colegas."""),
(0, "summarization", "pt", "before", "table", "eu2-pt-p08", """Resume em 2 ou 3 frases o que esta tabela mostra sobre os gastos do mês:

| Categoria | Orçamento | Gasto real |
|---|---|---|
| Aluguel | R$ 1.800 | R$ 1.800 |
| Mercado | R$ 900 | R$ 1.240 |
| Delivery | R$ 200 | R$ 610 |
| Transporte | R$ 350 | R$ 290 |
| Lazer | R$ 300 | R$ 180 |
| Academia | R$ 120 | R$ 120 |"""),
(1, "general_qa", "pt", "before", "table", "eu2-pt-p08", """Olha meus gastos do mês. Me dá dicas práticas pra gastar menos com delivery e mercado sem passar vontade:

| Categoria | Orçamento | Gasto real |
|---|---|---|
| Mercado | R$ 900 | R$ 1.240 |
| Delivery | R$ 200 | R$ 610 |"""),
(0, "classification", "pt", "before", "list", None, """Marca como verdadeiro ou falso (segundo o texto abaixo): 

Texto: "A loja abre às 9h de segunda a sábado e encerra ao domingo."
1. A loja abre ao domingo.
2. Ao sábado abre às 9h.
3. A loja está fechada à segunda."""),
(1, "open_qa", "pt", "none", "none", None, """quem foi Fernando Pessoa e por que ele escrevia com vários nomes diferentes?"""),
(0, "summarization", "pt", "after", "verse", None, """O poeta é um fingidor.
Finge tão completamente
Que chega a fingir que é dor
A dor que deveras sente.

E os que leem o que escreve,
Na dor lida sentem bem,
Não as duas que ele teve,
Mas só a que eles não têm.

E assim nas calhas de roda
Gira, a entreter a razão,
Esse comboio de corda
Que se chama coração.

resume em 2 frases simples o que este poema diz, sem interpretação elaborada, só o conteúdo"""),
(1, "creative_writing", "pt", "none", "none", None, """Escreve um poema no estilo de Álvaro de Campos sobre o trânsito na Segunda Circular às 9h da manhã."""),
(0, "classification", "pt", "none", "none", None, """Pix, TED ou boleto: qual desses NÃO é instantâneo? só responde o nome"""),
(1, "general_qa", "pt", "none", "none", None, """Caí num golpe do Pix, mandei R$ 1.500 pra um falso vendedor da OLX. Tem como recuperar? O que eu faço primeiro?"""),
(0, "summarization", "pt", "before", "chat", "eu2-pt-p03", """resume esta conversa do grupo do trabalho, estive de baixa e não percebo o que decidiram:

Rui: malta, o cliente da Sonae quer antecipar a entrega para dia 20
Inês: 20?? tínhamos combinado dia 30
Rui: eu sei. disseram que é por causa da campanha de Natal
Pedro: consigo ter o backend pronto a 18 se largar o outro projeto
Inês: então o front fica comigo, mas preciso que alguém faça os testes
Rui: a Sofia faz os testes quando voltar segunda
Pedro: e se houver bugs em cima da hora?
Rui: fica combinado que entregamos dia 20 uma versão sem o módulo de relatórios, e os relatórios vão dia 30
Inês: ok, assim dá
Pedro: 👍"""),
(1, "general_qa", "pt", "before", "chat", "eu2-pt-p03", """Sou a Sofia, voltei hoje de baixa e vi isto no grupo. Acho que estão a contar comigo para testes sem me perguntar e eu ainda não estou a 100%. Como respondo ao Rui sem parecer que estou a fugir ao trabalho?

Rui: a Sofia faz os testes quando voltar segunda
Pedro: e se houver bugs em cima da hora?
Rui: fica combinado que entregamos dia 20"""),
(0, "classification", "pt", "none", "none", None, """Ordena por tamanho, do menor ao maior: freguesia, distrito, concelho"""),
(1, "open_qa", "pt", "none", "none", None, """Qual a diferença entre uma junta de freguesia e uma câmara municipal? Para que serve cada uma?"""),
(1, "creative_writing", "pt", "none", "none", None, """Faz um slogan para uma campanha da Câmara do Porto a pedir às pessoas para não deixarem beatas no chão. Curto e com piada."""),
(0, "summarization", "pt", "after", "prose", None, """Pesquisadores da Universidade Federal do Pará identificaram uma nova espécie de sapo na região de Carajás, no sudeste do estado. O anfíbio, que mede cerca de dois centímetros, vive em poças temporárias formadas sobre afloramentos de rocha ferruginosa, um ambiente conhecido como canga. Segundo os cientistas, a espécie só foi encontrada em uma área de poucos quilômetros quadrados, o que a torna especialmente vulnerável à expansão da mineração na região. O estudo, publicado em uma revista científica internacional, recomenda que a área seja incluída em uma unidade de conservação. A mineradora que opera na região afirmou, em nota, que acompanha os estudos e que cumpre todas as exigências do licenciamento ambiental.

Me dá um TL;DR dessa notícia"""),
(0, "classification", "pt", "before", "list", None, """Estes animais são típicos da Amazônia, do Pantanal ou dos dois? boto-cor-de-rosa, tuiuiú, onça-pintada, jacaré-do-pantanal, peixe-boi"""),
(1, "open_qa", "pt", "none", "none", None, """por que o boto-cor-de-rosa é rosa? é verdade que ele fica mais rosa quando tá agitado?"""),
(1, "general_qa", "pt", "none", "none", None, """Tenho 12 mil euros poupados e 29 anos. Certificados de Aforro, PPR ou ETFs? Não percebo nada disto e não quero arriscar muito."""),
(0, "summarization", "pt", "before", "prose", "eu2-pt-p04", """Resume-me isto em linguagem simples, é uma carta das Finanças e não percebo o que querem:

Exmo(a). Senhor(a),
Fica V. Exa. notificado(a) de que, na sequência da análise da declaração Modelo 3 de IRS referente ao ano de 2023, foram detetadas divergências entre os rendimentos da categoria A declarados e os comunicados pela entidade empregadora. Nos termos do artigo 60.º da Lei Geral Tributária, dispõe de um prazo de 15 dias para, querendo, exercer o direito de audição prévia, por escrito ou oralmente. Caso não o faça, será efetuada liquidação oficiosa com base nos elementos disponíveis, podendo haver lugar a juros compensatórios."""),
(1, "general_qa", "pt", "none", "none", "eu2-pt-p04", """recebi uma notificação das Finanças a dizer que há divergências no meu IRS de 2023 e tenho 15 dias para audição prévia. como é que respondo? preciso de contabilista?"""),
(0, "classification", "pt", "none", "none", None, """"vou tomar um banho e já volto" – isso é pergunta, afirmação ou ordem?"""),
(1, "creative_writing", "pt", "none", "none", None, """Escreve uma carta de amor à moda antiga, de um pescador da Nazaré para a mulher, antes de ir para o mar no inverno."""),
(0, "summarization", "pt", "after", "notes", None, """anotações aula bio 3º ano
- fotossíntese: luz + CO2 + água -> glicose + O2
- ocorre no cloroplasto (clorofila capta luz)
- fase clara: tilacoides, quebra da água, produz ATP e NADPH, libera O2
- fase escura (ciclo de Calvin): estroma, fixa CO2, usa ATP/NADPH, forma glicose
- fatores: intensidade luz, conc. CO2, temperatura
- importância: base da cadeia alimentar, O2 atmosférico

organiza essas anotações num resumo corrido de um parágrafo, sem inventar nada"""),
(1, "open_qa", "pt", "none", "none", None, """se as plantas fazem fotossíntese de dia, elas respiram à noite? é perigoso dormir com planta no quarto?"""),
(0, "classification", "pt", "inline", "chat", None, """Utilizador: olá! preciso de ajuda rápida. diz-me só se este comentário do nosso Instagram é um elogio, uma reclamação ou uma pergunta: "Vocês entregam em Setúbal ou só em Lisboa?" """),
(1, "general_qa", "pt", "none", "none", None, """como eu faço pra ter mais seguidores no Instagram da minha confeitaria em Curitiba sem pagar anúncio?"""),
(1, "open_qa", "pt", "none", "none", None, """O que foi o terramoto de Lisboa de 1755 e porque é que mudou a forma como a cidade foi reconstruída?"""),
(0, "summarization", "pt", "before", "email", "eu2-pt-p11", """Resume numa frase o que o cliente quer:

Boa tarde, Sr. Carvalho,
Na sequência da nossa conversa telefónica de ontem, venho confirmar que pretendemos avançar com a remodelação da cozinha conforme o orçamento n.º 2024/117, mas com duas alterações: substituir a bancada de granito por uma de compacto, e retirar a ilha central, que afinal não cabe. Agradecia que me enviasse o orçamento revisto até sexta-feira, para podermos marcar o início da obra para a primeira semana de março.
Com os melhores cumprimentos,
Ana Lopes"""),
(1, "creative_writing", "pt", "before", "email", "eu2-pt-p11", """Escreve a resposta do Sr. Carvalho a este email, a confirmar as alterações e a dizer que o orçamento revisto segue até quinta:

Boa tarde, Sr. Carvalho,
Venho confirmar que pretendemos avançar com a remodelação da cozinha conforme o orçamento n.º 2024/117, mas com duas alterações: bancada de compacto em vez de granito, e sem a ilha central. Agradecia o orçamento revisto até sexta-feira.
Ana Lopes"""),
(0, "classification", "pt", "none", "none", None, """Maracanã, Mineirão, Estádio da Luz, Arena Corinthians — qual fica fora do Brasil?"""),
(1, "general_qa", "pt", "none", "none", None, """vou a Lisboa pela primeira vez em dezembro, 4 dias. o que não posso perder e o que é armadilha de turista?"""),
(0, "summarization", "pt", "after", "prose", None, """Senhor Presidente, senhoras e senhores deputados. Trago hoje a esta Câmara uma preocupação que é partilhada por milhares de famílias do interior do país: o encerramento progressivo de balcões bancários, estações de correio e serviços de saúde nas nossas vilas. Em dez anos, o distrito de Bragança perdeu metade das suas agências bancárias. Há concelhos onde o multibanco mais próximo fica a vinte quilómetros. Os idosos, que são a maioria da população, não usam homebanking e não conduzem. Não se trata de nostalgia, trata-se de coesão territorial. Por isso, o nosso grupo parlamentar propõe a criação de balcões multisserviços nas juntas de freguesia, financiados em parceria entre o Estado, a banca e os CTT, e a obrigação de manter pelo menos um ponto de levantamento de dinheiro em cada sede de concelho. Não pedimos privilégios: pedimos que quem vive no interior tenha os mesmos direitos que quem vive em Lisboa.

Resume este discurso parlamentar em 3 frases."""),
(0, "classification", "pt", "after", "prose", None, """Não pedimos privilégios: pedimos que quem vive no interior tenha os mesmos direitos que quem vive em Lisboa.

Esta frase é de um texto argumentativo, narrativo ou descritivo?"""),
(1, "open_qa", "pt", "none", "none", None, """Porque é que o interior de Portugal se despovoou tanto nas últimas décadas? Há algum país que tenha conseguido inverter isso?"""),
(0, "classification", "pt", "before", "list", None, """Quais destes verbos são irregulares? fazer, cantar, trazer, comer, pôr, partir, dizer"""),
(1, "creative_writing", "pt", "none", "none", None, """escreve uma piada curta sobre alentejanos e pressa, mas carinhosa, que o meu sogro é de Beja"""),
(0, "summarization", "pt", "before", "mixed", None, """Resume este relatório da sprint em 4 bullets para o stakeholder:

Sprint 23 – Squad Pagamentos
Objetivo: integração do Pix Automático
Concluído: endpoint de autorização recorrente (PR #412), tela de consentimento no app, testes de contrato com o banco parceiro
Não concluído: conciliação automática (bloqueado – aguardando especificação do Bacen), dashboard de métricas (movido pra sprint 24)
Bugs: 3 abertos, 5 fechados; 1 crítico em produção (duplicidade de cobrança em 0,2% das transações, hotfix aplicado dia 14)
Velocity: 34 pontos (média últimas 3: 38)
Riscos: dependência da homologação do banco parceiro, prevista para dia 28"""),
(1, "open_qa", "pt", "none", "none", None, """como funciona o Pix Automático e qual a diferença pro débito automático tradicional?"""),
(0, "classification", "pt", "none", "none", None, """"Ó pá, isso não dá, pá." registo formal, neutro ou coloquial?"""),
(1, "general_qa", "pt", "none", "none", None, """Qual a melhor forma de aprender a tocar guitarra portuguesa sozinho? Sei um pouco de viola."""),
(1, "creative_writing", "pt", "none", "none", None, """Um discurso curto de formatura do ensino médio, sou a oradora da turma. Escola pública em Recife, turma batalhadora, 3 anos de pandemia e greve no meio."""),
(0, "summarization", "pt", "before", "prose", "eu2-pt-p05", """Faz-me uma síntese de 5 linhas deste texto:

Os Descobrimentos portugueses começaram com a conquista de Ceuta em 1415 e prosseguiram ao longo do século XV com a exploração da costa africana, impulsionada pelo Infante D. Henrique. Em 1434, Gil Eanes dobrou o cabo Bojador, até então considerado um limite intransponível. Em 1488, Bartolomeu Dias ultrapassou o cabo da Boa Esperança, provando que era possível chegar ao oceano Índico por mar. Dez anos depois, Vasco da Gama chegou a Calecute, na Índia, abrindo a rota marítima das especiarias. Em 1500, a armada de Pedro Álvares Cabral chegou ao Brasil. Estas viagens foram possíveis graças a avanços na navegação, como a caravela e o uso do astrolábio, mas também tiveram um lado sombrio, nomeadamente o início do tráfico de escravos africanos em grande escala."""),
(1, "open_qa", "pt", "none", "none", "eu2-pt-p05", """faz-me uma síntese de 5 linhas sobre porque é que Portugal, um país tão pequeno, foi o primeiro a lançar-se nos Descobrimentos"""),
(0, "classification", "pt", "before", "list", None, """Classifica estes tickets: BUG, PEDIDO DE FUNCIONALIDADE ou DÚVIDA
1. "O botão de guardar não faz nada no Safari"
2. "Seria ótimo poder exportar em Excel"
3. "Como altero a minha palavra-passe?"
4. "A app fecha sozinha quando abro as definições"
5. "Dava jeito ter modo escuro" """),
(1, "general_qa", "pt", "none", "none", None, """Que perguntas devo fazer numa entrevista de emprego no fim, quando me perguntam "tem alguma dúvida"? É para uma vaga de enfermeiro num hospital privado em Braga."""),
(0, "summarization", "pt", "none", "none", "eu2-pt-p12", """me resume Grande Sertão: Veredas, mas bem curto, tipo 4 linhas"""),
(1, "open_qa", "pt", "none", "none", "eu2-pt-p12", """Por que Grande Sertão: Veredas é considerado tão difícil de ler? O que o Guimarães Rosa fez de diferente com a língua?"""),
(0, "classification", "pt", "after", "code", "eu2-pt-p07", """SELECT c.nome, COUNT(p.id) AS total
FROM clientes c
LEFT JOIN pedidos p ON p.cliente_id = c.id
GROUP BY c.nome
HAVING COUNT(p.id) > 5;

isso é SQL, Python ou Java? só o nome"""),
(1, "open_qa", "pt", "after", "code", "eu2-pt-p07", """SELECT c.nome, COUNT(p.id) AS total
FROM clientes c
LEFT JOIN pedidos p ON p.cliente_id = c.id
GROUP BY c.nome;

Por que clientes sem nenhum pedido aparecem com total 0 e não somem? Se eu trocar LEFT JOIN por INNER JOIN o que muda?"""),
(1, "creative_writing", "pt", "none", "none", None, """Cria uma história infantil sobre uma gaivota de Cascais que tem medo de água. Para ler em 3 minutos."""),
(0, "summarization", "pt", "after", "prose", None, """Caros associados,

A Direção da Associação de Moradores do Bairro da Graça vem, por este meio, dar conta das atividades do último trimestre e dos próximos passos.

Em primeiro lugar, congratulamo-nos com a resposta da Câmara Municipal ao nosso abaixo-assinado sobre o estacionamento turístico: a partir de abril, os tuk-tuks deixarão de poder parar no Largo da Graça entre as 20h e as 9h, e serão criados dois lugares reservados a cargas e descargas junto à farmácia. Foi uma luta de dois anos e agradecemos a todos os que assinaram e estiveram presentes nas reuniões públicas.

Em segundo lugar, o projeto das hortas comunitárias no antigo terreno da escola avançou: foram atribuídos 22 talhões, e há ainda uma lista de espera de 15 famílias. As regras de utilização foram afixadas no portão e estão também disponíveis na sede. Lembramos que é proibido o uso de pesticidas químicos.

Em terceiro lugar, informamos que as quotas de 2024 (12 euros anuais, 6 euros para reformados) podem ser pagas na sede às terças e quintas entre as 18h e as 20h, ou por MB Way. Neste momento, apenas 40% dos associados têm as quotas em dia, o que limita seriamente a nossa capacidade de organizar as festas de Santo António em junho, que custam cerca de 8 mil euros entre som, licenças, segurança e decoração.

Por fim, convocamos todos os associados para a Assembleia Geral ordinária, que terá lugar no dia 23 de março, às 15h, na sede, com a seguinte ordem de trabalhos: aprovação do relatório e contas de 2023; eleição dos novos órgãos sociais para o biénio 2024-2025; e discussão do programa das festas populares. Se não houver quórum à hora marcada, a Assembleia reunirá meia hora depois com os associados presentes.

Contamos convosco.
A Direção

faz um resumo disto para mandar no WhatsApp, com emojis mas sem exagerar"""),
(1, "general_qa", "pt", "none", "none", None, """Como é que uma associação de moradores pequena pode angariar 8 mil euros para os santos populares sem depender só das quotas? Dá-me ideias concretas."""),
(0, "classification", "pt", "none", "none", None, """gato, cachorro, papagaio, tubarão, cavalo: qual não é mamífero?"""),
(1, "open_qa", "pt", "none", "none", None, """os papagaios entendem mesmo o que falam ou só imitam os sons?"""),
(0, "summarization", "pt", "before", "transcript", None, """Resume a consulta para eu mostrar à minha mãe que não pôde vir, em linguagem simples:

Médica: Então, os exames do seu pai mostram que o colesterol LDL está em 190, o que é alto para a idade e com a diabetes dele.
Eu: E isso é grave?
Médica: Não é uma urgência, mas aumenta o risco cardiovascular. Vou começar uma estatina, uma vez por dia à noite.
Eu: Ele já toma a metformina, pode tomar as duas?
Médica: Pode, não há problema. Além disso, é importante reduzir os enchidos e os queijos gordos, e caminhar pelo menos 30 minutos por dia.
Eu: E quando repete as análises?
Médica: Daqui a três meses. Se tiver dores musculares fortes com o medicamento, ligue para o centro de saúde."""),
(0, "classification", "pt", "before", "list", None, """Destas palavras, quais têm acento errado? órgão, saúde, heróico, ideia, vôo, plateia"""),
(1, "open_qa", "pt", "none", "none", None, """por que depois do acordo ortográfico "ideia" perdeu o acento e "herói" não?"""),
(1, "creative_writing", "pt", "none", "none", None, """faz um cordel de 4 estrofes sobre o São João de Campina Grande"""),
(1, "general_qa", "pt", "none", "none", None, """Estou a pensar emigrar para a Suíça como enfermeira. Que passos tenho de dar para o reconhecimento do diploma e quanto tempo demora mais ou menos?"""),
]
