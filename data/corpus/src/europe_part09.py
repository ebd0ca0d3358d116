# writer europe, part 09. Each item written by hand.
ITEMS = [
(0, "summarization", "pt", "after", "email", None, """De: Juliana Prado (RH)
Para: Todos os colaboradores
Assunto: Nova política de trabalho híbrido – vigência a partir de 1º de agosto

Olá, pessoal!

Depois de quase um ano de discussões com as lideranças, com o comitê de colaboradores e de duas pesquisas internas (obrigada a quem respondeu, foram mais de 600 respostas!), estamos oficializando a nova política de trabalho híbrido da empresa. Sei que esse assunto gera muita ansiedade, então tentei deixar tudo o mais claro possível neste e-mail. O documento completo está na intranet, na pasta Políticas > Pessoas.

1. Dias presenciais. A partir de 1º de agosto, todas as pessoas das áreas administrativas e de tecnologia passam a trabalhar presencialmente três dias por semana, sendo terça e quinta obrigatórios para todo mundo (são os nossos "dias de time"). O terceiro dia é escolhido por cada equipe junto com a liderança. As áreas de atendimento e logística continuam com as escalas atuais, que não mudam.

2. Exceções. Colaboradores que moram a mais de 100 km do escritório, pessoas com deficiência e gestantes podem solicitar um regime diferenciado, com até quatro dias remotos. O pedido deve ser feito pelo portal até 15 de julho e será analisado pelo RH em até dez dias úteis. Quem já tem acordo individual assinado mantém as condições até o fim do acordo.

3. Auxílio home office. O auxílio mensal de R$ 150 para internet e energia continua, mas passa a ser proporcional aos dias remotos: R$ 90 para quem faz dois dias em casa e o valor integral para quem estiver no regime diferenciado. O vale-transporte será ajustado automaticamente na folha de agosto.

4. Estrutura do escritório. Reformamos o terceiro andar da sede na Avenida Paulista e agora temos 40 novas posições de trabalho, duas salas de reunião grandes e cinco cabines para chamadas. As mesas continuam compartilhadas e precisam ser reservadas pelo app "Meu Espaço" com até uma semana de antecedência. Armários individuais serão distribuídos por ordem de pedido.

5. Flexibilidade de horário. O horário continua flexível, com janela obrigatória das 10h às 16h para reuniões. Pedimos que ninguém marque reunião fora dessa janela, a não ser com clientes em outros fusos.

Sabemos que para algumas pessoas essa mudança vai exigir reorganizar a rotina, principalmente quem tem filhos pequenos. Por isso, vamos fazer duas sessões abertas de perguntas e respostas, nos dias 10 e 17 de julho, às 11h, no auditório e pelo Teams. Se preferir falar em particular, é só agendar um horário com o seu business partner de RH.

Um abraço,
Juliana Prado
Gerente de Pessoas & Cultura

Resume esse e-mail em 5 tópicos curtos, só o que muda na prática pra quem é da área de tecnologia"""),
(0, "summarization", "pt", "none", "none", "eu2-pt-p15", """resumo de Os Maias em três linhas, por favor"""),
(1, "open_qa", "pt", "none", "none", "eu2-pt-p15", """Porque é que o Eça de Queirós critica tanto a sociedade lisboeta n'Os Maias? O que é que ele queria mostrar com o Ega e o Carlos?"""),
(0, "classification", "pt", "none", "none", None, """certo ou errado: "Fazem dois anos que não te vejo." """),
(1, "general_qa", "pt", "none", "none", None, """como tirar mancha de vinho tinto de sofá de tecido claro? já passou um dia"""),
(1, "creative_writing", "pt", "none", "none", None, """ideias de nome pra um gato laranja muito guloso, tipo 10 nomes"""),
(0, "classification", "pt", "before", "reviews", None, """Classifica cada comentário sobre o nosso restaurante de comida mineira por tema (COMIDA, ATENDIMENTO, PREÇO, AMBIENTE) e sentimento (+ ou -). Formato: número – tema – sentimento.

1. "O feijão tropeiro é o melhor que já comi fora de BH, sério."
2. "Garçom demorou 20 minutos pra trazer a conta e ainda errou o valor."
3. "R$ 89 por um PF? Tá maluco, nem em shopping."
4. "Lugar lindo, parece uma fazenda antiga, com fogão a lenha de verdade."
5. "O frango com quiabo veio frio e sem sal."
6. "A moça do caixa foi super atenciosa com minha mãe que é cadeirante."
7. "Música alta demais, não dava pra conversar."
8. "Preço justo pela quantidade, dá pra dividir em dois tranquilo."
9. "O pão de queijo de cortesia na entrada ganha qualquer um."
10. "Banheiro sujo e sem papel, decepcionante pra um lugar desse nível."
11. "Atendimento rápido mesmo num domingo lotado, parabéns pra equipe."
12. "A sobremesa de doce de leite com queijo é um absurdo de boa." """),
(1, "general_qa", "pt", "before", "form", None, """Aqui está meu currículo. Pra quais tipos de vaga você acha que eu devia me candidatar, e o que devo melhorar nele?

CURRÍCULO
Nome: (omitido) – 26 anos – Fortaleza/CE
Formação: Bacharelado em Administração – UFC (2021)
Experiência:
- Assistente administrativo, clínica odontológica (2021–2023): agenda, contas a pagar e receber, controle de estoque de materiais, atendimento a fornecedores.
- Analista júnior de compras, rede de supermercados regional (2023–atual): cotação com fornecedores de hortifrúti, negociação de prazos, relatórios semanais no Excel (tabela dinâmica, PROCV), implantação de um controle de ruptura de gôndola que reduziu as faltas em 12%.
Idiomas: inglês intermediário (leitura boa, conversação fraca), espanhol básico.
Cursos: Power BI básico (Udemy), Excel avançado (Senac), Negociação (Sebrae).
Objetivo: crescer na área de supply chain, de preferência com possibilidade de trabalho remoto parcial."""),
(0, "summarization", "pt", "after", "transcript", None, """Ata informal – reunião de pais da turma do 4.º B, EB1 da Boavista, 12 de outubro

Presentes: professora Lurdes, 14 encarregados de educação, representante da associação de pais (Sr. Tiago).

A professora começou por explicar o plano anual: este ano a turma vai trabalhar o tema "O nosso bairro", com visitas ao mercado do Bolhão, ao Palácio de Cristal e à estação de São Bento. Cada visita custa cerca de 3 euros por criança (transporte em autocarro da Câmara, que é gratuito, mas há entradas), e a professora pediu autorizações assinadas até ao fim do mês.

Depois falou-se dos trabalhos de casa. Vários pais queixaram-se de que as crianças têm demasiados TPC ao fim de semana. A professora disse que vai passar a mandar TPC só de segunda a quinta, com uma ficha opcional à sexta.

O Sr. Tiago informou que a associação de pais vai organizar um magusto no dia 11 de novembro e precisa de voluntários para assar as castanhas e para a barraca dos bolos. Quem puder deve inscrever-se na folha que vai circular na mochila.

Por último, levantou-se o problema do trânsito à porta da escola à hora de entrada. A professora sugeriu que os pais escrevam à junta de freguesia a pedir um agente da polícia municipal entre as 8h30 e as 9h. A mãe do Duarte ficou de redigir a carta e enviá-la ao grupo para todos assinarem.

A reunião terminou às 19h15.

Faz um resumo em tópicos para quem faltou, com o que é preciso fazer e até quando"""),
(0, "classification", "pt", "after", "story", None, """A casa da praia estava fechada desde o verão. Quando a Teresa abriu as portadas, o sol de fevereiro entrou de lado e mostrou o pó em cima de tudo: a mesa onde jogavam às cartas, o rádio velho do pai, a caneca azul com a asa colada. Lá fora, o mar da Ericeira estava calmo, quase cinzento. Ela sentou-se no sofá sem tirar o casaco. Não tinha vindo para limpar. Tinha vindo para decidir se vendia a casa, e já sabia, desde a curva da estrada, que não ia ser capaz. Pegou na caneca, passou o dedo pela cola seca da asa e riu-se sozinha, lembrando-se do dia em que o irmão a deixou cair e jurou que tinha sido o gato. Nunca tiveram gato.

Que emoção predomina neste texto? Escolhe uma: nostalgia, raiva, medo, euforia. Responde só com a palavra."""),
(1, "open_qa", "pt", "after", "notes", None, """Há duas semanas que tenho isto:
- dor de cabeça quase todos os dias ao fim da tarde, mais do lado direito
- vista cansada, às vezes vejo um bocado desfocado ao ler no computador
- trabalho 9h por dia em frente a dois ecrãs
- durmo umas 6h por noite
- bebo uns 4 cafés por dia e pouca água
- não tenho febre nem vómitos

O que é que isto pode ser? É caso para ir ao oftalmologista ou ao médico de família primeiro?"""),
(1, "open_qa", "pt", "before", "code", None, """Porque é que este código em Python me dá sempre a mesma lista para todos os alunos? Estou a ficar maluca.

def adicionar_nota(nome, nota, notas=[]):
    notas.append(nota)
    return {"aluno": nome, "notas": notas}

a = adicionar_nota("Rita", 15)
b = adicionar_nota("João", 12)
print(a)
print(b)
# {'aluno': 'Rita', 'notas': [15, 12]}
# {'aluno': 'João', 'notas': [15, 12]}"""),
(0, "summarization", "pt", "before", "prose", "eu2-pt-p16", """Faz um resumo desta notícia em 3 frases para eu mandar pros meus alunos do cursinho:

O Ministério da Educação divulgou nesta terça-feira o calendário do Enem deste ano. As provas serão aplicadas em dois domingos consecutivos de novembro, dias 3 e 10, e as inscrições vão de 27 de maio a 7 de junho, exclusivamente pela Página do Participante. A taxa de inscrição se mantém em R$ 85, e estudantes que concluem o ensino médio em escola pública neste ano têm isenção automática, assim como inscritos no CadÚnico. Quem faltou à prova no ano passado sem justificativa precisará apresentar documentação para conseguir a isenção novamente. Outra novidade é a ampliação do número de municípios com locais de prova, que passa de 1.750 para cerca de 1.800, com o objetivo de reduzir o deslocamento dos candidatos, especialmente na região Norte. O resultado final está previsto para janeiro, e as notas poderão ser usadas no Sisu, no Prouni e no Fies."""),
(1, "creative_writing", "pt", "before", "prose", "eu2-pt-p16", """Com base nessa notícia, escreve um post motivacional pro Instagram do cursinho, lembrando a galera das datas do Enem, com uma pegada leve e uns emojis:

O Ministério da Educação divulgou o calendário do Enem: provas nos dias 3 e 10 de novembro, inscrições de 27 de maio a 7 de junho pela Página do Participante, taxa de R$ 85 com isenção para quem conclui o ensino médio em escola pública e para inscritos no CadÚnico."""),
(0, "classification", "pt", "after", "prose", None, """Lisboa continua a ser uma das capitais europeias onde é mais difícil arrendar casa com um salário médio. Segundo os dados mais recentes do Instituto Nacional de Estatística, a renda mediana dos novos contratos na cidade ultrapassou os 16 euros por metro quadrado, o que significa que um T1 de 50 metros quadrados custa, em média, mais de 800 euros por mês. Ora, o salário mediano líquido em Portugal ronda os 1.000 euros. O resultado é conhecido: jovens que só saem de casa dos pais depois dos 30 anos, famílias empurradas para a Margem Sul e para concelhos cada vez mais distantes, e trabalhadores essenciais – enfermeiros, professores, polícias – que recusam colocações em Lisboa porque não conseguem pagar um quarto.

As causas são várias e discutidas há anos. O alojamento local retirou milhares de casas do mercado de arrendamento tradicional nos bairros históricos. O regime dos vistos gold e o estatuto de residente não habitual atraíram compradores estrangeiros com poder de compra muito superior ao dos portugueses. A construção nova está praticamente parada desde a crise de 2011, e a habitação pública representa apenas cerca de 2% do parque habitacional, contra mais de 20% nos Países Baixos ou na Áustria.

O governo tem anunciado sucessivos pacotes: limites aos aumentos de rendas, suspensão de novas licenças de alojamento local nas zonas de maior pressão, incentivos fiscais para senhorios que coloquem casas em arrendamento acessível, e um programa de construção pública financiado pelo Plano de Recuperação e Resiliência. Os proprietários queixam-se de instabilidade legislativa e alguns retiraram casas do mercado. As associações de inquilinos consideram as medidas tímidas e exigem um teto às rendas, como em algumas cidades espanholas.

Entre os economistas, há consenso num ponto: sem aumentar significativamente a oferta, sobretudo de habitação pública e cooperativa, nenhuma medida terá efeito duradouro. E isso leva tempo. Um bairro novo demora, no mínimo, cinco a sete anos entre o projeto e a entrega das chaves. Até lá, dizem os especialistas, o mais provável é que os preços continuem a subir, ainda que a um ritmo mais lento, e que a crise da habitação se estenda a cidades médias como Braga, Aveiro ou Évora, que começam a sentir a mesma pressão.

Enquanto isso, multiplicam-se as histórias de quem vive em quartos partilhados aos 35 anos, de casais que adiam ter filhos por falta de espaço e de reformados que deixam os bairros onde sempre viveram.

Para a secção do jornal: isto é um artigo de OPINIÃO, REPORTAGEM, ENTREVISTA ou NOTÍCIA BREVE? Responde só com a categoria."""),
(0, "summarization", "pt", "before", "prose", None, """TL;DR em duas frases:

Lisboa continua a ser uma das capitais europeias onde é mais difícil arrendar casa com um salário médio: a renda mediana dos novos contratos ultrapassou os 16 euros por metro quadrado, enquanto o salário mediano líquido ronda os 1.000 euros. Entre as causas apontadas estão o alojamento local, os vistos gold, a construção parada desde 2011 e um parque de habitação pública de apenas 2%. Os economistas concordam que só o aumento da oferta resolverá o problema, e isso demora anos."""),
(1, "general_qa", "pt", "none", "none", None, """lista de compras pra churrasco de 20 pessoas, quanto de carne, carvão, bebida? vai ter criança também"""),
(0, "classification", "pt", "none", "none", None, """"Tô morrendo de fome" é literal ou figurado?"""),
(1, "open_qa", "pt", "none", "none", None, """Porque é que os portugueses dizem "rapariga" e no Brasil isso é ofensivo?"""),
(0, "classification", "it", "none", "none", None, """"Mi sa che stasera piove" – è una domanda, un'ipotesi o un ordine?"""),
(1, "creative_writing", "it", "none", "none", None, """scrivimi uno stornello romano scherzoso sul traffico del Raccordo Anulare"""),
(0, "summarization", "it", "after", "prose", None, """Gentili condomini,

con la presente si comunica l'esito dell'assemblea straordinaria tenutasi in seconda convocazione il giorno 18 marzo presso la sala riunioni dello studio dell'amministratore, in via Garibaldi 12.

Erano presenti, in proprio o per delega, 21 condomini su 32, rappresentanti 684 millesimi. L'assemblea è pertanto validamente costituita.

Primo punto all'ordine del giorno: rifacimento del tetto e della guaina impermeabilizzante. Dopo ampia discussione, durante la quale diversi condomini dell'ultimo piano hanno lamentato infiltrazioni ormai da due inverni, l'assemblea ha approvato con 19 voti favorevoli e 2 contrari il preventivo della ditta Edil Rossi S.r.l., per un importo complessivo di 86.400 euro IVA inclusa. I lavori dovrebbero iniziare a maggio e durare circa sei settimane, meteo permettendo. L'assemblea ha inoltre deliberato di verificare la possibilità di accedere alle detrazioni fiscali previste per la manutenzione straordinaria; l'amministratore si è impegnato a chiedere un parere al commercialista entro fine aprile.

Secondo punto: ripartizione della spesa. La spesa sarà ripartita secondo la tabella A (proprietà generale). È stato approvato un piano di pagamento in quattro rate: 25% entro il 30 aprile, 25% entro il 30 giugno, 25% entro il 30 settembre e il saldo entro il 30 novembre. I condomini che desiderano pagare in un'unica soluzione possono farlo entro il 30 aprile.

Terzo punto: installazione di telecamere nell'androne e nel cortile. La proposta non ha raggiunto la maggioranza prevista dalla legge per le innovazioni ed è stata quindi respinta. Alcuni condomini hanno espresso preoccupazioni per la privacy, altri hanno ricordato i due furti di biciclette avvenuti a gennaio. Si è deciso di riproporre l'argomento nell'assemblea ordinaria di giugno, con un preventivo più dettagliato e un parere sulla normativa in materia di videosorveglianza.

Quarto punto: varie ed eventuali. È stato segnalato che il cancello carrabile si blocca frequentemente; l'amministratore contatterà il tecnico della manutenzione. Si ricorda inoltre a tutti i condomini che è vietato lasciare passeggini e biciclette nell'androne, in quanto ostacolano le vie di fuga.

Quinto punto: pulizia delle scale. Il contratto con l'attuale impresa di pulizie scade a fine giugno. Diversi condomini si sono lamentati della scarsa frequenza del servizio e del fatto che il vano scala della scala B non viene lavato da settimane. L'assemblea ha dato mandato all'amministratore di raccogliere almeno tre nuovi preventivi, da presentare nella prossima assemblea ordinaria, specificando che il servizio dovrà comprendere il lavaggio delle scale due volte a settimana e la pulizia dei vetri dell'androne una volta al mese.

Il verbale integrale è disponibile presso lo studio e può essere richiesto via e-mail.

Cordiali saluti,
L'amministratore

mi fai un riassunto per punti di questo verbale? mi interessa soprattutto quanto devo pagare e quando"""),
(1, "general_qa", "it", "none", "none", None, """il condominio ha approvato il rifacimento del tetto, a me tocca quasi 3.000 euro. posso detrarre qualcosa nel 730? come funziona?"""),
(0, "classification", "it", "before", "list", None, """dimmi se questi piatti sono tipici del nord o del sud Italia: cassoeula, arancini, bagna cauda, 'nduja, polenta taragna, orecchiette"""),
(0, "classification", "nl", "none", "none", None, """"Nou, lekker dan." – sarcastisch of gemeend?"""),
(0, "summarization", "nl", "before", "prose", "eu2-nl-p01", """Vat dit bericht samen in twee zinnen:

De gemeente Utrecht gaat vanaf volgend jaar het parkeren in de wijken rond het centrum duurder maken. Een bewonersvergunning kost dan 180 euro per jaar in plaats van 110 euro, en voor een tweede auto komt er een wachtlijst. Volgens de wethouder is de maatregel nodig om de openbare ruimte terug te geven aan fietsers en voetgangers en om de luchtkwaliteit te verbeteren. Ondernemers in Lombok en Oudwijk zijn bang dat klanten uit de regio wegblijven. De gemeente belooft extra P+R-plaatsen bij Papendorp en Science Park."""),
(1, "open_qa", "nl", "none", "none", "eu2-nl-p01", """Waarom maken Nederlandse steden parkeren eigenlijk steeds duurder? Werkt dat echt tegen autoverkeer of is het vooral geld binnenhalen?"""),
(1, "general_qa", "nl", "none", "none", None, """ik ga voor het eerst alleen op vakantie, 5 dagen Lissabon. tips om me niet eenzaam te voelen?"""),
(1, "creative_writing", "nl", "after", "list", None, """- 25 jaar getrouwd
- leerden elkaar kennen op de camping in Zeeland
- hij kan niet koken, zij kan niet fietsen
- drie kinderen, één hond (Bolletje)

Maak hier een grappig gedichtje van voor hun zilveren bruiloft, een stuk of vier strofes, rijmend"""),
(0, "classification", "pl", "none", "none", None, """"Ale super, znowu korek na Zakopiance." – ironia czy nie?"""),
(0, "summarization", "pl", "after", "email", None, """Dzień dobry,

uprzejmie informujemy, że w związku z planowaną modernizacją sieci wodociągowej w dniach 14–16 maja w godzinach 8:00–18:00 nastąpi przerwa w dostawie wody dla budynków przy ulicach Kwiatowej, Polnej i Leśnej (numery parzyste). Beczkowozy z wodą pitną zostaną ustawione przy skrzyżowaniu ulic Kwiatowej i Polnej. Po przywróceniu dostawy woda może być przez kilka godzin mętna – zalecamy spuszczenie jej przez kilka minut przed użyciem. Za utrudnienia przepraszamy.

Z poważaniem,
Wodociągi Miejskie

streść mi to w jednym zdaniu, wrzucę na grupę osiedla"""),
(1, "open_qa", "pl", "none", "none", None, """dlaczego po przerwie w dostawie woda z kranu leci brązowa? da się ją pić?"""),
(1, "general_qa", "pl", "before", "chat", None, """Jak mam odpisać szwagrowi, żeby nie było kłótni? Nie chcę mu pożyczać auta.

Marek: siema, pożyczysz mi auto na weekend? jadę z chłopakami nad morze
Marek: oddam z pełnym bakiem, słowo
Marek: halo??"""),
(0, "classification", "pl", "before", "list", None, """Podziel na owoce i warzywa: rzodkiewka, agrest, pasternak, porzeczka, brukiew, jeżyna"""),
(0, "summarization", "es", "none", "none", "eu2-es-p01", """resúmeme Cien años de soledad en cuatro líneas"""),
(1, "open_qa", "es", "none", "none", "eu2-es-p01", """¿por qué se repiten tanto los nombres Aureliano y José Arcadio en Cien años de soledad? ¿qué quería decir García Márquez con eso?"""),
(0, "classification", "es", "after", "prose", None, """Estimado cliente:

Le escribimos en relación con su reclamación número 2024-58821, presentada el pasado 3 de abril, relativa a los cargos duplicados en su factura de telefonía móvil correspondiente al mes de marzo. Tras revisar su expediente, le confirmamos que efectivamente se produjo un error en nuestro sistema de facturación que afectó a un número limitado de clientes durante el proceso de migración a nuestra nueva plataforma. Lamentamos sinceramente las molestias ocasionadas.

En consecuencia, hemos procedido a anular el cargo duplicado de 34,90 euros, que le será reembolsado en la misma cuenta bancaria en la que tiene domiciliados sus recibos en un plazo máximo de diez días hábiles. Además, como gesto de buena voluntad, hemos aplicado un descuento del 50 % en su cuota mensual durante los próximos dos meses, que se reflejará automáticamente en sus facturas de mayo y junio.

Le recordamos que, si no está conforme con la resolución de su reclamación, puede dirigirse a la Oficina de Atención al Usuario de Telecomunicaciones, dependiente de la Secretaría de Estado de Telecomunicaciones e Infraestructuras Digitales, en el plazo de tres meses desde la fecha de esta comunicación. Para ello deberá aportar el número de reclamación indicado arriba y una copia de esta carta.

Asimismo, le informamos de que hemos reforzado los controles en nuestro sistema de facturación para evitar que una incidencia similar vuelva a producirse. Nuestro equipo técnico ha revisado todas las facturas emitidas durante el periodo de migración y ha corregido de oficio los errores detectados en el resto de clientes afectados, que recibirán una comunicación específica en los próximos días.

Si tiene cualquier duda adicional sobre esta resolución, puede ponerse en contacto con nosotros a través del teléfono gratuito de atención al cliente, disponible de lunes a sábado de 9:00 a 21:00, a través del chat de nuestra aplicación o en cualquiera de nuestras tiendas. Le rogamos que tenga a mano su número de cliente y el número de reclamación para agilizar la gestión.

Por último, le recordamos que puede consultar en todo momento el estado de sus facturas, sus consumos y sus datos de contrato en el área privada de nuestra web, donde también encontrará la copia de esta resolución en el apartado «Mis reclamaciones».

Agradecemos su paciencia y la confianza depositada en nuestra compañía, y le pedimos disculpas de nuevo por el inconveniente. Esperamos seguir contando con usted como cliente durante muchos años.

Atentamente,

Departamento de Atención al Cliente
Servicio de Reclamaciones

¿Esta carta acepta la reclamación, la rechaza o la acepta solo en parte? Responde con una palabra: ACEPTADA, RECHAZADA o PARCIAL."""),
(1, "creative_writing", "es", "none", "none", None, """hazme una copla flamenca cortita sobre el calor de Sevilla en agosto"""),
(1, "general_qa", "es", "none", "none", None, """Me han ofrecido un trabajo en Madrid por 32.000 brutos al año, vivo en Valencia y cobro 27.000. ¿Me compensa con lo que cuesta el alquiler allí?"""),
(0, "classification", "de", "none", "none", None, """"Der Zug fällt heute leider aus." – Deutsch, Niederländisch oder Dänisch? Ich weiß es eigentlich, will aber nur sehen, ob du's kannst 😄"""),
(0, "summarization", "de", "after", "prose", None, """Liebe Mitglieder des Kleingartenvereins „Sonnenblick“ e. V.,

nach unserer Jahreshauptversammlung am vergangenen Samstag möchten wir alle, die nicht dabei sein konnten, über die wichtigsten Beschlüsse informieren. Es waren 47 von 112 Mitgliedern anwesend, die Versammlung war damit beschlussfähig.

Zunächst zum Haushalt: Der Kassenbericht für das vergangene Jahr wurde von den Kassenprüfern ohne Beanstandungen geprüft, der Vorstand wurde einstimmig entlastet. Aufgrund der gestiegenen Wasser- und Stromkosten sowie der höheren Pacht, die die Stadt seit Januar verlangt, wird der Jahresbeitrag ab dem kommenden Jahr von 95 auf 120 Euro erhöht. Dieser Beschluss wurde mit 39 Ja-Stimmen, 6 Nein-Stimmen und 2 Enthaltungen gefasst. Die Wasseruhren werden in diesem Jahr ausnahmsweise bereits Ende September abgelesen, bitte sorgt dafür, dass sie zugänglich sind.

Zweitens: die Gemeinschaftsarbeit. Jedes Mitglied ist weiterhin verpflichtet, sechs Stunden Gemeinschaftsarbeit pro Jahr zu leisten. Wer das nicht schafft, zahlt wie bisher 15 Euro pro fehlender Stunde. Neu ist, dass die Termine ab sofort über eine Liste im Vereinsheim und zusätzlich über unsere Messenger-Gruppe vergeben werden. Der erste Termin ist der 20. April, es geht um den Rückschnitt der Hecke am Hauptweg und die Reparatur des Zauns zum Bahndamm.

Drittens: Nach langer Diskussion hat die Versammlung beschlossen, einen gemeinschaftlichen Kompostplatz am Ende des Weges C einzurichten. Die Kosten von rund 1.800 Euro werden aus der Rücklage bezahlt. Damit soll auch das Problem gelöst werden, dass immer wieder Grünschnitt illegal hinter dem Vereinsheim abgeladen wird.

Viertens: Wir haben derzeit vier freie Parzellen und eine Warteliste mit 23 Interessenten, darunter viele junge Familien. Der Vorstand wird die Parzellen bis Ende Mai vergeben. Wir erinnern daran, dass laut Bundeskleingartengesetz mindestens ein Drittel der Fläche kleingärtnerisch genutzt werden muss, also für Obst und Gemüse. Bei der letzten Begehung gab es hier bei mehreren Gärten Mängel; die betroffenen Pächter erhalten in den nächsten Wochen ein Schreiben.

Fünftens wurde erneut über die Ruhezeiten gesprochen. Es gab Beschwerden über Rasenmäher und Heckenscheren am Sonntagvormittag. Zur Erinnerung: Laut Gartenordnung sind laute Arbeiten werktags nur von 8 bis 13 Uhr und von 15 bis 19 Uhr erlaubt, an Sonn- und Feiertagen gar nicht. Außerdem bitten wir darum, auf den Wegen nur Schrittgeschwindigkeit zu fahren, da dort viele Kinder unterwegs sind.

Zum Schluss: Unser Sommerfest findet am 6. Juli statt. Wir suchen noch Helferinnen und Helfer für Grill, Kuchenbuffet und Kinderprogramm. Wer Zeit hat, meldet sich bitte bei Monika aus Parzelle 58.

Mit gartenfreundlichen Grüßen
Der Vorstand

Kannst du mir das in fünf Stichpunkten zusammenfassen? Vor allem Termine und was mich Geld kostet."""),
(1, "open_qa", "de", "none", "none", None, """Warum muss man im Schrebergarten eigentlich ein Drittel mit Obst und Gemüse bepflanzen? Woher kommt diese Regel?"""),
(1, "creative_writing", "de", "none", "none", None, """Schreib mir einen kurzen Limerick über einen Berliner, der zum ersten Mal in Bayern ein Weißwurstfrühstück bestellt."""),
(1, "general_qa", "de", "none", "none", None, """Wie bereite ich mich auf ein Gehaltsgespräch vor, wenn ich weiß, dass mein Kollege mit gleicher Stelle 400 € mehr verdient?"""),
(0, "classification", "de", "before", "list", None, """Ordne zu – Bundesland oder Hauptstadt: Mainz, Saarland, Hannover, Thüringen, Kiel, Sachsen"""),
(0, "classification", "es", "before", "list", None, """¿Cuáles de estas palabras son de España y cuáles de América Latina? ordenador, computadora, coche, carro, móvil, celular, zumo, jugo"""),
(1, "open_qa", "it", "none", "none", None, """perché a Venezia le case sono costruite su pali di legno e non marciscono dopo secoli?"""),
]
