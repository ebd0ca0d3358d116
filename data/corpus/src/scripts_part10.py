# writer scripts, part 10. Each item written by hand.
ITEMS = [
(0, "summarization", "tr", "after", "transcript", None, """(Okul Aile Birliği genel kurulu, ses kaydından yazıya geçirildi)

Başkan: Değerli velilerimiz, hoş geldiniz. Bugünkü toplantıya vekâletlerle birlikte 212 veli katıldı, çoğunluk sağlandığı için genel kurulu açıyorum. Gündemimizde üç madde var: geçen yılın faaliyet ve hesap raporu, bu yılın bütçesi ve servis meselesi.
Önce saymanımız Gülay Hanım hesapları okusun.
Sayman: Geçen yıl bağışlardan ve kantin kira gelirinden toplam 486 bin lira gelir elde ettik. Bunun 140 bini okulun boyası ve tuvaletlerin yenilenmesine, 95 bini fen laboratuvarındaki malzemelere, 60 bini kış aylarında yakıt desteğine, 38 bini de mezuniyet törenine harcandı. Kırtasiye ve temizlik malzemesi için 52 bin lira gitti. Kasada 101 bin lira devrediyoruz. Bazı velilerimiz geçen yıl bağışların zorunlu gibi istendiğinden şikâyet etti; bu yıl bağış tamamen gönüllü olacak, hiçbir öğrenciden karne ya da belge karşılığında para istenmeyecek.
Başkan: Teşekkürler. Soru var mı?
Veli 1: Kantinin fiyatları çok yüksek. Bir tost 60 lira, çocuklara her gün harçlık vermek zorlaşıyor. Kantin kirasını düşürüp fiyatları sabitleyemez miyiz?
Başkan: Haklısınız. Kantin işletmecisiyle konuştuk; kirayı yüzde yirmi düşürmemize karşılık tost, simit ve ayran gibi temel ürünlerin fiyatını dönem boyunca sabit tutacak. Fiyat listesi kantinin kapısına asılacak.
Veli 2: Laboratuvar malzemeleri alındı ama çocuklar hiç deney yapmıyormuş, sadece kitaptan okuyorlar.
Müdür Yardımcısı: Bunu fen zümresiyle görüştük. Bu dönemden itibaren her sınıf ayda en az iki kez laboratuvar dersi yapacak, çizelgeyi veli gruplarında paylaşacağız.
Başkan: İkinci madde, bütçe. Bu yıl öncelik olarak okul bahçesindeki çatlak zemini ve kırık oyun gruplarını yenilemeyi, ayrıca kütüphaneye yeni kitap almayı düşünüyoruz. Bahçe için 120 bin, kütüphane için 40 bin lira ayırmayı öneriyoruz.
Veli 3: Kütüphaneye 40 bin az değil mi? Çocuklar kitap okumuyor diyoruz ama okulda doğru dürüst kitap yok.
Başkan: Bu konuda bir öneri geldi: velilerden evde okunmuş, iyi durumdaki kitapları bağışlamalarını isteyeceğiz, alınacak kitapları da öğretmenlerimiz listeleyecek. Bütçeyi de 60 bine çıkarabiliriz.
Başkan: Üçüncü madde, servis. Geçen dönem iki serviste çocukların emniyet kemeri takmadan taşındığı, bir serviste de rehber personel olmadığı tespit edildi.
Müdür: Bu yıl servis firmalarıyla yeni sözleşme yaptık. Her serviste rehber personel bulunması ve kamera kaydı zorunlu olacak. Velilerimiz bir aksaklık gördüklerinde okul idaresine yazılı bildirsin, firmaya ilk ihlalde uyarı, ikinci ihlalde fesih uygulanacak.
Veli 1: Servis ücretleri de çok arttı.
Müdür: Ücretler il milli eğitim müdürlüğünün belirlediği tavanı aşamaz, aşan firma olursa bize bildirin.
Veli 2: Bir de okul çıkışında trafik çok tehlikeli, yaya geçidinde görevli yok.
Müdür: Belediyeye ve emniyete yazı yazdık, okul giriş-çıkış saatlerinde trafik polisi ve bir gönüllü veli nöbeti planlıyoruz. Gönüllü olmak isteyen veliler sınıf temsilcilerine isimlerini versin.
Başkan: Oylamaya geçiyoruz. Hesap raporu, yeni bütçe ve kantin düzenlemesi oy birliğiyle kabul edildi. Katılımınız için teşekkür ederiz.

Toplantıya katılamayan veliler için, kararları 5-6 maddede özetler misin?"""),
(0, "summarization", "tr", "after", "reviews", None, """Bir çamaşır makinesinin Hepsiburada yorumlarından 28 tanesini derledim:

1. Çok sessiz çalışıyor, gece yıkama yapabiliyorum.
2. 9 kilo kapasite gerçekten yetiyor, kalabalık aile için ideal.
3. Sıkma sırasında biraz titriyor, ayaklarını ayarladık düzeldi.
4. Buhar programı gömleklerdeki kırışıkları azaltıyor.
5. Kurulum ekibi randevuya gelmedi, üç gün bekledik.
6. Hızlı program 15 dakika ama kirli çamaşırı tam temizlemiyor.
7. Enerji tüketimi düşük, elektrik faturası belirgin şekilde azaldı.
8. Ekranı çok küçük, yaşlı annem göremiyor.
9. Kapak contasında iki ayda küf oluştu, düzenli temizlemek gerekiyor.
10. Wi-Fi bağlantısı sürekli kopuyor, uygulama işe yaramıyor.
11. Deterjan çekmecesi biraz dar, sıvı deterjan taşıyor.
12. Bebek programı harika, zıbınlar yumuşacık çıkıyor.
13. Kapı kilidi çocuk kilidiyle birlikte geliyor, güvenli.
14. Bir yıl sonra pompa arızalandı, servis garantiden ücretsiz değiştirdi.
15. Yün programında kazaklar çekmedi.
16. Fiyatına göre çok iyi, kampanyada aldım.
17. Program sonunda uzun süre "kapı kilitli" yazıyor, bekletiyor.
18. Çamaşırlar çok fazla kırışık çıkıyor, 1400 devirde bile.
19. Tasarımı şık, banyoda güzel duruyor.
20. Kireç önleyici özelliği varmış ama bizim sert suyumuzda etkisini göremedik.
21. Müşteri hizmetlerine ulaşmak çok zor, yarım saat beklettiler.
22. Gecikmeli başlatma özelliği çok kullanışlı, sabah yıkanmış oluyor.
23. Sıkmada ses 70 desibeli geçiyor gibi, komşular duydu.
24. Alerji programı evcil hayvan tüylerini iyi temizliyor.
25. Ürün kutusundan çizik çıktı, değişim süreci uzun sürdü.
26. Su tüketimi beklediğimden az.
27. Kullanım kılavuzu çok yetersiz, videodan öğrendik.
28. İki yıldır hiç sorun çıkarmadı, memnunum.
29. Kapağı çok ağır kapanıyor, çocuklar zorlanıyor.
30. Pamuklu programı iki buçuk saat sürüyor, çok uzun.
31. Ses uyarısı kapatılamıyor, gece program bitince herkesi uyandırıyor.
32. Yıkama sonrası çamaşırlar mis gibi kokuyor, deterjanı iyi çözüyor.
33. Kurulumdan sonra su sızıntısı oldu, hortum bağlantısı gevşek bırakılmış.
34. Enerji sınıfı A, gerçekten az elektrik harcıyor.
35. Tambur içi paslanmaz, temizliği kolay.
36. Servis teknisyeni çok bilgiliydi, her şeyi anlattı.
37. Renkli çamaşırlarda renk solması olmadı.
38. Kampanya bittikten sonra fiyatı çok artmış, şanslıymışım.
39. Ekrandaki hata kodlarının anlamı kılavuzda yazmıyor.
40. Makine küçük banyoma tam sığdı, derinliği az.
41. Çocuk kilidini açmak çok zor, kılavuzda da anlatılmıyor.
42. Yıkama bittiğinde telefona bildirim geliyor, çok pratik.
43. İlk kullanımda plastik kokusu vardı, birkaç yıkamadan sonra geçti.
44. Hafif kirli program enerji tasarrufu için ideal.
45. Garanti süresi iki yıl, uzatılmış garanti için ek ücret istiyorlar.
46. Sıkma devrini ayarlamak kolay, narin çamaşırlarda düşük devir seçebiliyorum.
47. Eski makinemize göre su faturası ayda 150 lira kadar azaldı.

Bu yorumlara göre kullanıcıların beğendiği ve şikâyet ettiği noktaları iki kısa liste halinde toparlar mısın?"""),
(1, "creative_writing", "tr", "inline", "prose", None, """İlçemizdeki halk kütüphanesi "Benim Şehrim" adıyla bir öykü yarışması düzenliyor. Şartname aşağıda, olduğu gibi kopyaladım:

1. Katılımcılar: 8-12. sınıf öğrencileri.
2. Öykü 1.200 ile 2.000 kelime arasında olmalıdır. Bu sınırların dışındaki eserler değerlendirmeye alınmayacaktır.
3. Öykü, katılımcının yaşadığı şehir ya da ilçede geçmeli; en az iki gerçek mekâna (çarşı, iskele, mahalle, istasyon vb.) yer verilmelidir.
4. Ana karakter bir genç olmalı; öyküde 60 yaşın üzerinde önemli bir karakter de bulunmalıdır.
5. Öyküde bir kuşaktan diğerine geçen bir nesne yer almalıdır.
6. Fantastik, bilimkurgu, korku türleri ile şiddet ve argo içeren metinler kabul edilmeyecektir.
7. Öykünün sonu açık uçlu olmalı ya da ana karakterin şehrine bakışını değiştirmelidir.
8. Yöresel kelimeler kullanılabilir; ancak anlamları bağlamdan anlaşılmalıdır.
9. Başlık en fazla beş kelime olmalıdır.
10. Değerlendirme ölçütleri: dil ve anlatım (25), kurgu (25), yerel renk (20), duygusal etki (20), temaya uygunluk (10).
11. Eserler daha önce hiçbir yerde yayımlanmamış olmalıdır. İntihal tespit edilirse katılımcı diskalifiye edilir.
12. Her katılımcı yalnızca bir eserle başvurabilir. Eserler Word formatında, Times New Roman yazı tipiyle, 12 punto ve 1,5 satır aralığıyla hazırlanmalı; ilk sayfaya yalnızca başlık yazılmalı, katılımcının adı ve okulu ayrı bir bilgi formunda belirtilmelidir.
13. Son başvuru tarihi 30 Nisan'dır. Sonuçlar 20 Mayıs'ta kütüphanenin internet sitesinde ilan edilecek, ilk üç esere kitap çeki ve plaket verilecek, dereceye giren öyküler kütüphanenin yıllık seçkisinde yayımlanacaktır.
14. Jüri kararları kesindir, itiraz kabul edilmez.

Ben İzmir Karşıyaka'da oturuyorum, 10. sınıftayım. Kendi öykümü yazmadan önce bu şartlara uyan bir örnek görmek istiyorum. Bana bir örnek öykü yazar mısın: Karşıyaka çarşısı, iskele ve vapur, Kordon olsun; yaşlı karakter emekli bir vapur kaptanı dede; nesne eski bir pirinç pusula; biraz İzmir ağzı kelimeler, mesela "gevrek", "boyoz", "naber la" gibi. Sonu açık uçlu olsun. Yaklaşık 1.500 kelime, kısa bir başlık. Ben sonra kendi öykümü yazacağım."""),
(0, "summarization", "tr", "before", "story", "S-tr-p14", """Kitap kulübünde konuşacağız, bu öyküde ne olduğunu beş cümleyle anlatır mısın?

Beyoğlu'nun arka sokaklarından birinde, yokuşun tam ortasında, camı sararmış küçük bir fotoğrafçı dükkânı vardı. Tabelasında "Foto Işık — 1962" yazıyordu ama harflerin yarısı dökülmüştü. Dükkânın sahibi Sarkis Usta, seksenini geçmiş, ince, kamburu çıkmış bir adamdı. Artık kimse vesikalık çektirmek için ona gelmiyordu; herkes telefonuyla çekiyor, köşedeki otomatik makineden basıyordu. Sarkis Usta yine de her sabah dokuzda kepengi açar, tezgâhın arkasına oturur, eski negatifleri tek tek temizlerdi.

Bir sonbahar günü kapının çıngırağı çaldı. İçeri on altı yaşlarında, sırt çantası omzundan kaymış bir kız girdi. Elinde kırık bir analog fotoğraf makinesi vardı. "Bunu tamir edebilir misiniz? Dedemin makinesiymiş, bit pazarında buldum, aynısı," dedi. Sarkis Usta makineyi alıp ışığa tuttu, parmaklarıyla objektifi çevirdi. "Bunu tamir ederim," dedi, "ama sen de bana yardım edeceksin."

Kızın adı Defne'ydi. Okuldan sonra her gün dükkâna gelmeye başladı. Sarkis Usta ona önce makinenin parçalarını tanıttı, sonra karanlık odada banyo yapmayı öğretti. Defne, kırmızı ışığın altında kâğıt üzerinde yavaş yavaş beliren yüzleri ilk gördüğünde nefesini tuttu. "Sihir gibi," dedi. Sarkis Usta güldü: "Sihir değil kızım, sabır."

Günler geçtikçe Defne, dükkânın raflarındaki kutuları karıştırmaya başladı. Kutularda altmış yıllık bir semtin hafızası vardı: düğün fotoğrafları, askere giden gençler, bayram sabahı çekilmiş aile pozları, Rum, Ermeni, Yahudi, Türk komşuların aynı karede gülümsediği kareler. Bazı fotoğrafların arkasında kurşun kalemle isimler ve tarihler yazılıydı. Sarkis Usta her birinin hikâyesini biliyordu: kim İstanbul'dan gitmiş, kim geri dönmüş, kim o fotoğraftan birkaç yıl sonra ölmüş.

Bir gün Defne, bir kutunun dibinde, kendisine çok benzeyen bir kızın fotoğrafını buldu. Arkasında "Nesrin, 1971" yazıyordu. Babaannesinin adı Nesrin'di. Fotoğrafı eve götürdü; babaannesi fotoğrafa bakınca uzun süre sustu, sonra ağlamaya başladı. Gençliğinde Beyoğlu'nda bir terzide çalıştığını, her bayram Sarkis Usta'ya fotoğraf çektirdiğini, sonra evlenip Anadolu'ya gidince o fotoğrafları hiç alamadığını anlattı.

Ertesi hafta Defne babaannesini dükkâna getirdi. Sarkis Usta kapıda onu görünce gözlüklerini çıkardı, sildi, yeniden taktı. "Nesrin Hanım," dedi, "elli yıldır fotoğraflarınız sizi bekliyor." O gün üçü, dükkânın arka odasında akşama kadar eski fotoğraflara baktılar.

Kış geldiğinde dedenin makinesi tamir olmuştu. Defne onunla ilk filmi Beyoğlu'nun sokaklarında çekti. Filmi banyo ettiklerinde, karelerden biri Sarkis Usta'nın tezgâhın arkasında, negatifleri temizlerken çekilmiş bir portresiydi. Sarkis Usta fotoğrafa uzun uzun baktı, sonra vitrindeki sararmış camın arkasına, "Foto Işık" tabelasının hemen altına astı. O akşam kepengi indirirken Defne'ye yedek anahtarı uzattı. "Sabahları ben geç kalırsam," dedi, "sen aç. Negatifler beklemeyi sevmez." Defne anahtarı avucunda sıktı ve yokuştan aşağı koşarak indi; arkasında dükkânın camında, iki fotoğraf yan yana duruyordu."""),
(1, "creative_writing", "tr", "after", "story", "S-tr-p14", """Beyoğlu'nun arka sokaklarından birinde küçük bir fotoğrafçı dükkânı vardı: "Foto Işık — 1962". Sahibi Sarkis Usta seksenini geçmişti; artık kimse ona vesikalık çektirmeye gelmiyordu ama o her sabah kepengi açıp eski negatifleri temizliyordu.

Bir gün on altı yaşındaki Defne, dedesinin makinesinin aynısını bit pazarında bulup tamir ettirmek için geldi. Sarkis Usta "Tamir ederim ama sen de bana yardım edeceksin," dedi. Defne her gün gelmeye, karanlık odada banyo yapmayı öğrenmeye başladı. "Sihir gibi," dedi. "Sihir değil kızım, sabır."

Raflardaki kutularda altmış yıllık bir semtin hafızası vardı. Bir gün Defne, babaannesinin 1971'de çekilmiş bir fotoğrafını buldu. Babaannesini dükkâna getirdi; Sarkis Usta "Elli yıldır fotoğraflarınız sizi bekliyor," dedi.

Kış geldiğinde makine tamir olmuştu. Defne'nin çektiği ilk filmden, Sarkis Usta'nın bir portresi çıktı; usta onu vitrine astı.

Bu benim yazdığım bir öykü, edebiyat öğretmenim sonun "fazla tatlı" olduğunu söyledi. Son iki üç paragrafı daha gerçekçi ve biraz buruk olacak şekilde yeniden yazar mısın? Mesela dükkânın kira artışı yüzünden kapanması ya da Sarkis Usta'nın hastalanması gibi. Benim sade dilimi ve kısa cümlelerimi koru, 250 kelime civarında olsun."""),
(0, "summarization", "tr", "after", "prose", "S-tr-p15", """MEB Duyurusu: 2025 Liselere Geçiş Sistemi (LGS) kapsamındaki merkezi sınav 14 Haziran Cumartesi günü iki oturum halinde yapılacaktır. Sözel bölüm oturumu saat 09.30'da, sayısal bölüm oturumu ise 11.30'da başlayacaktır. Sınavda Türkçe, T.C. İnkılap Tarihi ve Atatürkçülük, Din Kültürü ve Ahlak Bilgisi, yabancı dil, matematik ve fen bilimleri derslerinden toplam 90 soru sorulacaktır. Sorular 8. sınıf müfredatından hazırlanacaktır. Öğrenciler sınava kimlik kartları ve sınav giriş belgeleriyle, sınav başlamadan en az 30 dakika önce gelmelidir. Sınav giriş belgeleri 6 Haziran'dan itibaren e-Okul Veli Bilgilendirme Sistemi üzerinden alınabilecektir. Sınav salonuna cep telefonu, akıllı saat ve her türlü elektronik cihaz ile girilmesi yasaktır. Sınava girmek istemeyen öğrenciler, okulların adrese dayalı kayıt alanlarındaki liselere yerleştirilecektir. Tercih işlemleri sonuçların açıklanmasının ardından Temmuz ayında yapılacaktır.

Bunu 4 maddede özetle, kendi yorumunu ekleme."""),
(1, "general_qa", "tr", "after", "prose", "S-tr-p15", """MEB Duyurusu: LGS merkezi sınavı 14 Haziran Cumartesi günü iki oturum halinde yapılacaktır. Sınavda Türkçe, İnkılap Tarihi, Din Kültürü, yabancı dil, matematik ve fen bilimlerinden toplam 90 soru sorulacaktır. Sınava girmek istemeyen öğrenciler adrese dayalı liselere yerleştirilecektir.

Oğlum 8. sınıfta, denemelerde 380 puan civarında alıyor, hedefi 450 üstü bir fen lisesi. Matematikte iyi ama Türkçede paragraf sorularında çok vakit kaybediyor ve sınav stresi yüzünden son denemelerde düştü. Kalan üç ayda ona nasıl bir çalışma programı yapalım? Stresle nasıl başa çıkmasına yardım edebiliriz?"""),
(0, "summarization", "tr", "after", "prose", "S-tr-p16", """Makale özeti:
"Bu çalışmada Ankara ve Eskişehir'deki 21 lisede öğrenim gören 2.870 öğrenciyle anket yapılmış; öğrencilerin gece yatmadan önceki sosyal medya kullanım süreleri, ortalama uyku süreleri ve dönem sonu not ortalamaları incelenmiştir. Yatmadan önce bir saatten fazla sosyal medya kullanan öğrencilerin ortalama 47 dakika daha az uyuduğu ve not ortalamalarının 100 üzerinden yaklaşık 6 puan daha düşük olduğu görülmüştür. Ancak çalışma kesitsel bir tasarıma sahip olduğundan, sosyal medyanın düşük notların nedeni olduğu sonucuna varılamaz; aile desteği, sosyoekonomik durum ve ders yükü gibi etkenler her iki değişkeni de etkiliyor olabilir. Yazarlar, nedenselliği incelemek için boylamsal çalışmalar yapılmasını önermektedir. Çalışmanın bir diğer sınırlılığı, uyku sürelerinin öğrencilerin kendi beyanına dayanmasıdır. Ayrıca okullarda dijital okuryazarlık ve uyku hijyeni konularında farkındalık programları uygulanmasının yararlı olabileceği belirtilmiştir."

Ne bulduklarını iki sade cümleyle anlatır mısın?"""),
(1, "open_qa", "tr", "after", "prose", "S-tr-p16", """Makale özeti:
"Yatmadan önce bir saatten fazla sosyal medya kullanan öğrencilerin ortalama 47 dakika daha az uyuduğu ve not ortalamalarının yaklaşık 6 puan daha düşük olduğu görülmüştür. Ancak çalışma kesitsel bir tasarıma sahip olduğundan, sosyal medyanın düşük notların nedeni olduğu sonucuna varılamaz."

Eşim bunu okuyunca kızımızın telefonunu akşamları elinden almaya karar verdi. Ama "korelasyon nedensellik değildir" deniyor. Bu araştırmadan ne çıkarabiliriz, ne çıkaramayız? "Kesitsel" ile "boylamsal" çalışma arasındaki fark ne? Basit bir örnekle açıklar mısın?"""),
(0, "summarization", "tr", "after", "email", "S-tr-p17", """Canım torunum Efe,
Gözlerinden öperim. Biz burada iyiyiz, merak etme. Deden şekerini düzenli ölçüyor, ilaçlarını da aksatmıyor. Bu yıl fındık iyi oldu, komşumuz Rıza'nın oğulları toplamada çok yardım etti. Keçimiz Pamuk iki oğlak doğurdu, biri bembeyaz, biri kapkara. Damın bir köşesi yağmurda akıtıyor, deden "ben tamir ederim" diyor ama merdivene çıkmasından çok korkuyorum, dizleri de eskisi gibi değil. Sen bayramda geleceğini söylemiştin, ne zaman geliyorsun? Sana erik reçeli ve tarhana hazırladım, gelince götürürsün. Bir de bize para göndermeyi bırak artık, emekli maaşımız yetiyor, sen kendine bak. Annene de söyle, telefonla arasın, sesini özledik. Gelirken o sevdiğin simitlerden de getir, burada öyle simit yok. Bir de kış için odunları aldık, ahır da temizlendi, sen hiç merak etme.
Seni çok seven babaannen

(Bunu komşunun kızı yazdı.) Anneme anlatacağım, babaannem neler yazmış kısaca özetler misin?"""),
(1, "creative_writing", "tr", "after", "email", "S-tr-p17", """Canım torunum Efe,
Biz burada iyiyiz. Deden şekerini düzenli ölçüyor. Keçimiz Pamuk iki oğlak doğurdu, biri bembeyaz, biri kapkara. Damın bir köşesi yağmurda akıtıyor, deden "ben tamir ederim" diyor ama merdivene çıkmasından çok korkuyorum. Sen bayramda geleceğini söylemiştin, ne zaman geliyorsun? Sana erik reçeli ve tarhana hazırladım. Gelirken o sevdiğin simitlerden de getir, burada öyle simit yok. Kış için odunları aldık, ahır da temizlendi.
Seni çok seven babaannen

Babaanneme cevap yazmama yardım eder misin? Bayramın ikinci günü geleceğim, bir hafta kalacağım; damı ustayla birlikte ben tamir ettireceğim, dedem kesinlikle merdivene çıkmasın. Oğlaklara da isim öner. Para göndermeye devam edeceğimi de yumuşakça söyleyeyim, çünkü terfi aldım. Sade, sıcak bir dille, büyük harflerle okunacak bir mektup gibi."""),
(0, "summarization", "tr", "after", "notes", "S-tr-p18", """Apartman yönetim toplantısı notları (B Blok):
- Asansör son iki ayda dört kez arızalandı, bakım firması geç geliyor
- Otoparka dışarıdan araçlar park ediyor, kartlı bariyer önerisi
- Kapıcının maaşı iki aydır geç ödeniyor, aidat tahsilatı düşük
- Aidatı 1.500 TL'den 2.000 TL'ye çıkarma teklifi, birçok kişi karşı
- Çatı izolasyonu için 180 bin TL'lik teklif alındı, son kat sakinleri acil istiyor
- Çöplerin ayrıştırılmadan atılması sorunu, uyarı yazısı asılacak
- Üç dairenin altı aydır aidat borcu var, ihtarname gönderilmesine karar verildi
- Bir sonraki toplantı ayın 15'inde, o zamana kadar asansör firmasından yazılı cevap istenecek
- Bahçedeki ağaçların budanması için belediyeye dilekçe verilecek
- Bina girişindeki kameranın kayıt yapmadığı fark edildi, tamiri için teklif alınacak

Toplantıda neler konuşuldu, kısa bir paragrafta anlatır mısın?"""),
(1, "general_qa", "tr", "after", "notes", "S-tr-p18", """Apartman yönetim toplantısı notları (B Blok):
- Asansör son iki ayda dört kez arızalandı, bakım firması geç geliyor
- Kapıcının maaşı iki aydır geç ödeniyor, aidat tahsilatı düşük
- Aidatı 1.500 TL'den 2.000 TL'ye çıkarma teklifi, birçok kişi karşı
- Çatı izolasyonu için 180 bin TL'lik teklif alındı, son kat sakinleri acil istiyor
- Üç dairenin altı aydır aidat borcu var
- Otoparka dışarıdan araçlar park ediyor, kartlı bariyer önerisi
- Çöplerin ayrıştırılmadan atılması sorunu

Yeni yönetici seçildim ve kasada para yok. Önce hangi işi yapmalıyım? Komşuları aidat artışına nasıl ikna edebilirim? Borçlu dairelere karşı yasal olarak ne yapabilirim?"""),
(0, "classification", "tr", "before", "chat", "S-tr-p19", """Yemek siparişi uygulamasına gelen şikâyetleri kategorilere ayır: "yanlış/eksik ürün", "gecikme", "kalite", "iade", "kurye davranışı".

1. Tavuk dürüm istedim, et dürüm geldi, ben et yemiyorum!
2. Bir buçuk saat sonra geldi, uygulamada sürekli "5 dakika" yazıyordu.
3. Pilav çiğdi, cacık ekşimişti.
4. Sipariş iptal olalı üç gün oldu, param hâlâ iade edilmedi.
5. Kurye telefonda bana bağırdı, poşeti kapının önüne fırlatıp gitti.
6. Dört lahmacun söyledim, iki tane geldi.
7. Kola sipariş etmiştim, gelmedi ama ücreti alınmış.
8. Pizza ezilmiş, kutunun içi yağ olmuş, resmen yenmiyordu.
9. Kupon kodu uyguladım ama indirim düşülmeden ücret alındı, param geri yatmadı.
10. Kurye yanlış apartmana bırakmış, komşudan almak zorunda kaldım, bir de kızdı bana.
11. Menüde "acısız" yazan yemek ağzımı yaktı, resmen içilemeyecek kadar acıydı."""),
(1, "creative_writing", "tr", "before", "chat", "S-tr-p19", """Restoran adına şu şikâyete bir cevap yaz: özür dilesin, bahane üretmesin, somut bir telafi teklif etsin. Samimi ama profesyonel olsun.

"Tavuk dürüm istedim, et dürüm geldi, ben et yemiyorum!" """),
(0, "classification", "tr", "after", "verse", "S-tr-p20", """Gittiğim gün
şehir eridi
soğuk çayın içinde bir şeker gibi.
Sen peronda el sallamadın,
sadece durdun — hâlâ duruyorsun.
On altı yıl geçti,
aynı istasyon, aynı gri kar,
gözlerim seni arıyor
artık orada olmadığını bile bile.

Bu şiirin teması sence hangisi: aşk, gurbet, dostluk, aile? Sadece birini seç."""),
(1, "creative_writing", "tr", "before", "verse", "S-tr-p20", """Bu şiire, perondaki "sen"in ağzından bir cevap şiiri yazar mısın? Aşağı yukarı aynı uzunlukta olsun.

Gittiğim gün
şehir eridi
soğuk çayın içinde bir şeker gibi.
Sen peronda el sallamadın,
sadece durdun — hâlâ duruyorsun."""),
(0, "classification", "tr", "before", "prose", "S-tr-p21", """Bu staj ilanını hangi alana koymalıyız: Yazılım, Pazarlama, Finans, İnsan Kaynakları, Lojistik?

"Ankara merkezli e-ticaret firmamızda yaz dönemi için stajyer arıyoruz. Stajyer arkadaşımız depo ve sevkiyat süreçlerinde görev alacak, kargo firmalarıyla yapılan günlük gönderi planlamasına destek verecek, stok sayımlarına katılacak ve teslimat sürelerine ilişkin haftalık raporlar hazırlayacak. Excel bilgisi ve sürücü belgesi tercih sebebidir. Stajyerlere yemek ve yol desteği sağlanacaktır." """),
(1, "general_qa", "tr", "after", "prose", "S-tr-p21", """"Ankara merkezli e-ticaret firmamızda yaz dönemi için stajyer arıyoruz. Stajyer arkadaşımız depo ve sevkiyat süreçlerinde görev alacak, kargo firmalarıyla gönderi planlamasına destek verecek, stok sayımlarına katılacak ve teslimat sürelerine ilişkin haftalık raporlar hazırlayacak. Excel bilgisi ve sürücü belgesi tercih sebebidir."

Endüstri mühendisliği 3. sınıftayım ama asıl ilgim veri analizi. Bu staj bana bir şey katar mı, yoksa daha "ofis" bir staj mı aramalıyım? Başvurursam mülakatta ilgimi nasıl anlatabilirim?"""),
(1, "open_qa", "tr", "after", "prose", None, """Ev sahibi kira sözleşmesine kendi hazırladığı "özel şartlar" bölümünü eklemiş. Aynen aktarıyorum:

"ÖZEL ŞARTLAR
1. Kiraya veren, kiralananı dilediği zaman, önceden haber vermeksizin kontrol etme hakkına sahiptir. Kiracının evde bulunmadığı zamanlarda da kendisinde bulunan anahtarla içeri girebilir.
2. Kiracı, kiralananın kapı kilidini değiştiremez.
3. Kiracı, evde gece misafir ağırlayamaz. Evcil hayvan beslemek, balkonda mangal yapmak ve saat 22.00'den sonra çamaşır makinesi çalıştırmak yasaktır. Bu maddelerden herhangi birine aykırı davranılması halinde kiraya veren, sözleşmeyi 24 saat önceden bildirmek kaydıyla feshedebilir ve depozitonun tamamına el koyar.
4. Kiralanan ve içindeki tüm demirbaşların (kombi, klima, şofben, fırın, bulaşık makinesi) her türlü bakım ve onarımı, arızanın sebebi ne olursa olsun kiracıya aittir. Kombi değişimi gerekirse masrafı kiracı karşılar.
5. Depozito olarak üç aylık kira bedeli alınmıştır. Depozito, kiralananın tahliyesinden itibaren 90 iş günü içinde, kiraya verenin herhangi bir itirazı bulunmaması şartıyla iade edilir. İtiraz olup olmadığına kiraya veren tek başına karar verir.
6. Kiracı, bu adrese ikametgâh kaydı yaptıramaz.
7. Kira bedeli her altı ayda bir, kiraya verenin belirleyeceği oranda artırılır; kiracı bu artışa itiraz etmeyeceğini peşinen kabul eder.
8. Kiracı, sözleşme süresi dolmadan çıkmak isterse kalan sürenin tüm kira bedellerini peşin ödemeyi kabul eder.
9. Bu sözleşmeden doğacak uyuşmazlıklarda kiraya verenin ikamet ettiği yer mahkemeleri yetkilidir.
10. Kiracı, kiralananın boyasının bozulması, duvara çivi çakılması veya perde rayı takılması halinde tüm evin boyanması bedelini öder.
11. Kiracı, kiraya verenin yazılı izni olmadan eşini, çocuklarını veya anne babasını eve yerleştiremez.
12. Kiracı, apartman yönetim kurulu toplantılarına katılamaz ve oy kullanamaz; aidat dahil tüm yönetim giderlerini, olağanüstü giderler de dahil olmak üzere, kiracı öder.
13. Kiralanan satılırsa kiracı, yeni malikin talebi üzerine 15 gün içinde evi boşaltmayı kabul eder ve herhangi bir tazminat talep etmez.
14. Kira ödemesinin 3 gün gecikmesi halinde, gecikilen her gün için aylık kiranın yüzde onu oranında ceza ödenir.
15. Kiracı, bu sözleşmedeki hiçbir maddeye ileride itiraz etmeyeceğini ve tüm haklarından peşinen feragat ettiğini kabul eder."

Ben İstanbul'da, Kartal'da oturuyorum; eşim ve iki çocuğumla bu evi tutmak istiyoruz. Sözleşmeyi henüz imzalamadım. Bu maddelerin Türk Borçlar Kanunu'na göre geçerliliği nedir? Özellikle habersiz eve girme, her türlü tamirin bize ait olması, ikametgâh yasağı, kira artışının ev sahibinin belirleyeceği oranda olması ve erken çıkışta kalan sürenin tamamının peşin istenmesi konusunda ne diyor kanun? Hangi maddeler imzalasam bile hükümsüz sayılır? Ev sahibi "herkes bu sözleşmeyi imzalıyor, imzalamazsan evi başkasına veririm" diyor; emlakçı da onun tarafını tutuyor. Kira da bölgeye göre uygun, o yüzden evi kaçırmak istemiyoruz. İmzalamadan önce hangilerinin çıkarılmasını istemeliyim ve ev sahibine bunu nasıl söylemeliyim ki ilişkimiz baştan bozulmasın?"""),
(0, "summarization", "tr", "after", "email", None, """Konu: 2025-2026 Güz Dönemi Yatay Geçiş, Burs ve Yurt Başvuruları Hakkında

Sevgili öğrencilerimiz,

Yeni akademik yıl öncesinde en çok sorulan konularla ilgili bilgileri tek bir e-postada topladık. Lütfen dikkatle okuyunuz; süreler kesindir ve geç başvurular kabul edilmeyecektir.

1. Kurum içi ve kurumlar arası yatay geçiş
Yatay geçiş başvuruları 1-12 Ağustos tarihleri arasında üniversitemizin öğrenci bilgi sistemi üzerinden çevrim içi olarak yapılacaktır. Başvurabilmek için genel not ortalamanızın 4 üzerinden en az 2,50 olması ve disiplin cezası almamış olmanız gerekmektedir. Başvuru sırasında transkript, ders içerikleri ve ÖSYM yerleştirme belgesi sisteme yüklenmelidir. Hazırlık sınıfında olan öğrenciler ile ilk yarıyılındaki öğrenciler yatay geçiş başvurusu yapamaz. Sonuçlar 25 Ağustos'ta ilan edilecektir. Kabul edilen öğrencilerin ders intibak işlemleri ilgili bölüm başkanlıkları tarafından yapılacak, intibak sonuçlarına itiraz için beş iş günü süre verilecektir.

2. Merkezi yerleştirme puanıyla yatay geçiş (Ek Madde 1)
Üniversiteye yerleştiğiniz yıldaki puanınız, geçmek istediğiniz programın taban puanına eşit ya da yüksekse not ortalaması şartı aranmaksızın başvurabilirsiniz. Bu başvurular da aynı tarihlerde yapılacaktır. Ancak bu yolla her öğrenci öğrenim hayatı boyunca yalnızca bir kez yararlanabilir.

3. Burslar
Üniversitemizin başarı bursu için güz dönemi başvuruları 1-20 Eylül arasında alınacaktır. Başarı bursu, bölümünde ilk yüzde beşe giren ve not ortalaması 3,50'nin üzerinde olan öğrencilere aylık olarak verilmektedir. İhtiyaç bursu için ise gelir belgesi, ailenin kira sözleşmesi veya tapu fotokopisi ile kardeşlerin öğrenci belgeleri gereklidir; başvurular mülakat ile değerlendirilecektir. Aynı dönemde birden fazla bursu bir arada alan öğrencilerin bursları kesilir ve aldıkları tutarları iade etmeleri istenir; lütfen başka kurumlardan aldığınız bursları beyan etmeyi unutmayınız. Kredi ve Yurtlar Kurumu burs ve kredi başvuruları e-Devlet üzerinden yapılmakta olup bu süreç üniversitemizden bağımsızdır.

4. Yurt başvuruları
Üniversitemize ait iki yurtta bu yıl toplam 1.200 kontenjan bulunmaktadır. Kontenjanın yüzde yirmisi ilk kez kayıt yaptıran öğrencilere, yüzde onu engelli öğrencilere ve depremden etkilenen illerden gelen öğrencilere ayrılmıştır. Başvurular 15 Ağustos'ta başlayıp 31 Ağustos'ta sona erecektir. Yerleştirme; ailenin gelir durumu, ikamet edilen ilin üniversiteye uzaklığı ve akademik başarı dikkate alınarak yapılacaktır. Yurt ücretleri aylık olarak ödenecek, üç ay üst üste ödeme yapmayan öğrencilerin yurt kaydı silinecektir.

5. Kayıt yenileme ve ders seçimi
Güz dönemi kayıt yenileme ve ders seçimi 16-20 Eylül tarihleri arasında yapılacaktır. Katkı payı veya öğrenim ücreti ödemesi gereken öğrencilerin ödemelerini ders seçiminden önce yapmaları gerekmektedir. Danışman onayı alınmayan ders kayıtları geçersiz sayılacaktır. Ders ekle-bırak haftası dönemin ilk haftasıdır.

Sorularınız için fakültelerin öğrenci işleri birimlerine e-posta ile ulaşabilir veya hafta içi 09.00-16.00 saatleri arasında şahsen başvurabilirsiniz. Telefonla yapılan başvurular kabul edilmemektedir.

Yeni dönemde başarılar dileriz.
Öğrenci İşleri Daire Başkanlığı

—
Ben 2. sınıftayım, ortalamam 2,80, yurtta kalıyorum ve ihtiyaç bursuna başvurmak istiyorum. Bu uzun e-postadaki tarihleri ve şartları bir liste halinde özetler misin?"""),
(1, "general_qa", "tr", "after", "prose", None, """Maddi durumumu nasıl düzene sokacağımı bilemiyorum, akıl danışmak istiyorum.

42 yaşındayım, Konya'da bir devlet hastanesinde hemşireyim, net maaşım 42 bin TL civarında. Eşim serbest çalışan bir elektrik ustası; bazı aylar 50 bin kazanıyor, bazı aylar 15 bine düşüyor. İki çocuğumuz var: kızımız 15 yaşında, 10. sınıfta ve tıp okumak istiyor; oğlumuz 9 yaşında. Oturduğumuz daire bizim, kredisi geçen yıl bitti. Ama eşimin iş için aldığı hafif ticari aracın kredisi var, ayda 11 bin TL, iki yıl daha sürecek.

Birikim olarak bir bankada 80 bin TL vadeli mevduatımız ve düğünden kalma yaklaşık 12 çeyrek altınımız var. Bireysel emeklilik sistemine girmedik, eşimin de düzenli bir sigortası yok; Bağ-Kur primlerini bazen aksatıyor ve şu an birikmiş 60 bin TL civarında prim borcu var. Ben kendi adıma hiç hayat sigortası yaptırmadım, hastanedeki grup sigortası dışında.

Kredi kartlarımızda toplam 95 bin TL borç var, çoğunu asgari ödemeyle çeviriyoruz, faizinin ne kadar yüksek olduğunu biliyorum ama bir türlü kapatamıyoruz. Her ay yaklaşık olarak market ve mutfak 20 bin, faturalar 5 bin, okul ve servis giderleri 6 bin, yakıt ve araç masrafları 4 bin TL tutuyor. Kızımızın dershanesi ve özel dersleri de ayda 8 bine yakın.

Önümüzdeki üç yılda kızımızın üniversite süreci başlayacak; büyük ihtimalle başka bir şehirde okuyacak, yurt ve harçlık masrafı olacak. Annem de yalnız yaşıyor, ona da ayda 3-4 bin TL destek oluyoruz. Eşimin annesi ise yakında yanımıza taşınmak istiyor, bu da giderleri biraz daha artırabilir.

Bu arada hastanede nöbet ücretlerim de düzensiz yatıyor; bazı aylar 6-7 bin ek geliyor, bazı aylar hiç. Bütçeyi bu ek gelire göre mi yoksa onu hiç yokmuş gibi mi yapmalıyım, onu da bilmiyorum.

Eşimle bu konuları konuşunca hep tartışıyoruz: o "önce işi büyütelim, bir araç daha alalım" diyor, ben ise önce borçları kapatmak istiyorum. Bir arkadaşım altınları bozup kredi kartı borcunu kapatmamı önerdi, bir başkası "altına dokunma, zor günde lazım olur" diyor.

Bir de geçen ay kızım, üniversiteyi özel bir üniversitede burslu okuyabileceğini, ama bursun yalnızca yüzde elli olduğunu söyledi; kalan kısmı için yıllık ciddi bir ücret ödememiz gerekecek. Devlet üniversitesini kazanırsa sorun yok ama kazanamazsa ne yapacağımızı bilmiyoruz. Bir arkadaşım eğitim kredisi çekmeyi, bir başkası şimdiden döviz ya da altın biriktirmeye başlamayı öneriyor. Ben ise bu kadar borç varken yeni bir yükün altına girmekten korkuyorum.

Bu tabloda öncelik sırası ne olmalı? Altınları ve mevduatı borç kapatmak için kullanmak mantıklı mı? Eşimin Bağ-Kur borcunu yapılandırmalı mıyız? BES'e girmek ya da çocuklar için ayrı bir birikim hesabı açmak bu şartlarda doğru mu? Eşimle bu konuları kavga etmeden konuşmak için nasıl bir yol izlemeliyim?"""),
(0, "summarization", "tr", "after", "transcript", None, """(Ekonomi podcast'i "Cebimdeki Para", bölümden bir kesit)

Sunucu: Bugün Bireysel Emeklilik Sistemi'ni, yani BES'i konuşuyoruz. Dinleyicilerimizden en çok gelen soru şu: "Girmeli miyim, zarar eder miyim?"
Konuk: Önce şunu söyleyeyim: BES uzun vadeli bir birikim aracı. On yıl içinde çıkmayı düşünüyorsanız pek anlamı yok. Sistemin en büyük avantajı devlet katkısı: yatırdığınız her katkı payının yüzde otuzu kadar devlet sizin hesabınıza ekleme yapıyor, yıllık üst sınırı var. Ama bu katkının tamamını hak etmek için en az on yıl sistemde kalmanız ve 56 yaşını doldurmanız gerekiyor. Erken çıkarsanız devlet katkısının bir kısmını ya da tamamını kaybediyorsunuz.
Sunucu: Otomatik katılım da var, maaşımdan kesiliyor diyenler çok.
Konuk: Evet, otomatik katılımda maaşınızın yüzde üçü kesilir, isterseniz iki ay içinde cayabilirsiniz. Cayma hakkını kullanırsanız paranız iade edilir. Burada kişinin kendi ihtiyacına bakması lazım: acil durum fonunuz yoksa, yüksek faizli kredi kartı borcunuz varsa önce bunları halletmek daha mantıklı.
Sunucu: Fon seçimi nasıl olmalı?
Konuk: Genç ve riski kaldırabilecek biriyseniz hisse senedi ağırlıklı fonlar uzun vadede genelde daha çok getiri sağlar; emekliliğe yakınsanız daha düşük riskli fonlara geçmek iyi olur. Yılda altı kez fon değiştirme hakkınız var, bunu panikle değil plan dahilinde kullanın. Ayrıca yönetim ücretlerine dikkat edin, şirketler arasında fark olabiliyor.
Sunucu: Son olarak?
Konuk: Sistemi bir yatırım oyunu gibi görmeyin. Düzenli ödeme yapın, her kriz haberinde çıkmaya kalkmayın. Ve mutlaka yıllık hesap özetinizi okuyun.

Bu kesitten BES hakkındaki ana noktaları 5 maddede çıkarır mısın?"""),
(0, "summarization", "tr", "after", "prose", None, """Sayın hak sahiplerimiz, Yenimahalle Kentsel Dönüşüm Projesi kapsamında 14 ve 16 numaralı blokların riskli yapı tespiti tamamlanmış ve Çevre, Şehircilik ve İklim Değişikliği Bakanlığı tarafından onaylanmıştır. Buna göre binalar 60 gün içinde tahliye edilecektir. Tahliye sürecinde ev sahiplerine 18 ay boyunca aylık kira yardımı, kiracılara ise bir defaya mahsus taşınma yardımı yapılacaktır. Yeni binaların yapımı için yüklenici firma ile kat karşılığı sözleşme imzalanması, hak sahiplerinin üçte iki çoğunluğunun onayına bağlıdır. Bilgilendirme toplantısı 12 Mart Çarşamba saat 19.00'da muhtarlık binasında yapılacaktır. Toplantıya tapunuz ve kimlik belgenizle katılmanız rica olunur. Riskli yapı tespitine itiraz etmek isteyenler, tebliğden itibaren 15 gün içinde Bakanlık il müdürlüğüne dilekçe ile başvurabilir. Ayrıntılı bilgi için muhtarlığa veya belediyenin kentsel dönüşüm masasına başvurabilirsiniz.

Annem anlamadı, bunu ona üç basit cümleyle anlatır mısın?"""),
(0, "summarization", "tr", "before", "transcript", None, """Arkadaşım 4 dakikalık sesli mesaj atmış, yazıya döktürdüm. Tek cümleyle ne istiyor söyler misin?

"Kızım naber, bak şimdi, cumartesi hani Zeynep'lerin yazlığa gidecektik ya, Urla'ya, işte Zeynep'in kayınvalidesi o hafta sonu gelecekmiş, Zeynep 'gelin gelin sorun yok' diyor ama biliyorsun o kadını, bütün gün 'kızım şunu da yap, bunu da yap', hiç rahat edemeyiz. Ben diyorum ki onun yerine Alsancak'ta yeni açılan o Ege mutfağı restoranı var ya, hani herkes paylaşıyor, orada oturalım, sonra da Kordon'da yürürüz, hava güzel olursa belki bir de tekne turu. Pazar olmaz bu arada, pazar günü oğlumun yüzme yarışı var. O yüzden sadece cumartesi. Sen bana evet ya da hayır de, ona göre akşam yedi buçuğa masa ayırtayım, hafta sonu yer bulmak imkânsız oluyor. Tamam, öptüm, görüşürüz." """),
(0, "summarization", "tr", "before", "prose", None, """Bu film eleştirisini okudum, yazar filmi beğenmiş mi beğenmemiş mi? Üç cümlede özetler misin?

"Film, Karadeniz'de küçük bir sahil kasabasında geçen ve bir balıkçı teknesinin esrarengiz bir şekilde kaybolmasıyla başlayan güçlü bir açılışa sahip. İlk yarım saat boyunca sis, yağmur ve dalga sesleriyle kurulan gerilim izleyiciyi koltuğa çiviliyor. Başroldeki oyuncu, yorgun ama inatçı bir jandarma komutanı rolünde kariyerinin en iyi performanslarından birini sergiliyor. Sorun, ikinci yarıda başlıyor: hikâye sürekli geriye dönüşlere sapıyor, gereksiz bir aşk hikâyesi araya giriyor ve kötü karakterin sırrı çok erken tahmin ediliyor. Neyse ki son yirmi dakika toparlanıyor ve final sahnesi gerçekten etkileyici. Müzikler ise filmin en güçlü yanlarından biri; kemençe ve tulum sesleri sahnelerin ruhunu çok iyi yansıtıyor. Biraz daha sıkı bir kurguyla çok iyi olabilecek, yine de bir kez izlenmeyi hak eden bir film." """),
(0, "summarization", "tr", "after", "notes", None, """Coğrafya ders notlarım:
- Türkiye'de iklim tipleri: Akdeniz, Karadeniz, karasal
- Akdeniz iklimi: yazlar sıcak-kurak, kışlar ılık-yağışlı, bitki örtüsü maki
- Karadeniz iklimi: her mevsim yağışlı, ormanlar gür, fındık ve çay tarımı
- Karasal iklim: yazlar sıcak-kuru, kışlar soğuk-kar yağışlı, bozkır
- Yükselti ve denize uzaklık iklimi etkiler; Doğu Anadolu'da kışlar çok sert
- Geçiş bölgeleri: Marmara'da üç iklimin özellikleri görülür

bunları 4 satıra indir, sınavdan önce bakacağım"""),
(0, "summarization", "tr", "after", "chat", None, """[Sınıf grubu]
Hoca: Arkadaşlar, proje teslimi 20 Mayıs'tan 27 Mayıs'a ertelendi.
Ali: Hocam sunum da mı ertelendi?
Hoca: Sunumlar 29 Mayıs'ta, her grup 10 dakika.
Elif: Raporu PDF mi yükleyelim?
Hoca: Evet, PDF ve en fazla 15 sayfa. Kaynakça sayfa sayısına dahil değil.
Mert: Grup değişikliği yapılabilir mi?
Hoca: Hayır, gruplar sabit.

Bu konuşmayı iki cümlede özetle"""),
(0, "summarization", "tr", "before", "log", None, """Bu logda ne olmuş, iki cümlede sade bir dille anlatır mısın?

[03:00:01] INFO  yedekleme: gece yedeği başladı -> /mnt/nas
[03:11:42] WARN  disk: /mnt/nas doluluk %96
[03:12:05] ERROR yedekleme: yazma hatası, No space left on device
[03:12:05] ERROR yedekleme: iş 12dk 4sn sonra iptal edildi
[03:12:06] INFO  e-posta: yöneticiye uyarı gönderildi"""),
(0, "summarization", "tr", "after", "prose", None, """Karayolları Genel Müdürlüğü, bayram tatili boyunca köprü ve otoyolların ücretsiz olacağını duyurdu. Uygulama arife günü saat 00.00'da başlayıp bayramın son günü saat 24.00'te sona erecek. Yoğunluk beklenen güzergâhlarda ek ekipler görevlendirilecek, yol çalışmaları bu süre boyunca durdurulacak.

Bunu bir cümleyle anlat"""),
(0, "summarization", "tr", "after", "chat", None, """@kullanici1: Metro yine arızalı, 40 dakikadır bekliyoruz
@kullanici2: Aynen, Kadıköy yönü tamamen durmuş
@kullanici3: Belediye açıklama yaptı, sinyal arızası diyor, 1 saat sürecekmiş
@kullanici4: Ek otobüs seferi koyduklarını yazıyorlar
@kullanici5: Otobüsler de tıklım tıklım, vapura geçtim ben

Bu tweet'lerden ne olduğunu iki cümleyle özetler misin?"""),
(0, "summarization", "tr", "none", "none", None, """Çalıkuşu'nun konusu nedir, kısaca"""),
(0, "summarization", "tr", "none", "none", None, """Kuyucaklı Yusuf'u 5 cümlede özetle"""),
(0, "summarization", "tr", "none", "none", None, """Kış Uykusu filmi ne anlatıyor? birkaç cümle"""),
(0, "summarization", "tr", "none", "none", None, """Tutunamayanlar'ı okumadım, konusu ne kısaca?"""),
(0, "summarization", "tr", "none", "none", None, """Yaprak Dökümü'nün hikâyesini kısaca anlatır mısın"""),
(0, "classification", "tr", "inline", "reviews", None, """### Talimat
Bir duygu analizi modelisin. Kullanıcı yorumunu oku ve sadece şu JSON'u döndür: {"duygu": "olumlu" | "olumsuz" | "nötr"}

### Yorum
"Kulaklığın ses kalitesi gerçekten iyi, baslar tok. Ama uzun süre takınca kulağım ağrıyor ve gürültü engellemeyi açınca hafif bir cızırtı var."

### Çıktı"""),
(0, "classification", "tr", "inline", "chat", None, """[Sistem] Sen bir belediye çağrı merkezi botunun niyet sınıflandırıcısısın. Kullanıcı mesajına şu niyetlerden birini ata: "su arızası", "çöp toplama", "yol/kaldırım", "sosyal yardım", "başvuru takibi", "diğer". Sadece niyet adını yaz.

[Kullanıcı] Sokağımızdaki çöp konteyneri dört gündür boşaltılmadı, etraf koku içinde, kediler her yeri dağıtıyor.

[Niyet]"""),
(0, "classification", "tr", "before", "list", None, """Bu SMS'lerden hangileri dolandırıcılık olabilir? Sadece numaraları yaz.
1. Kargonuz teslim edildi, teslimat kodu: 4432
2. Anne telefonum bozuldu, bu numaraya acil 10.000 TL at, sonra anlatırım
3. Hesabınız askıya alındı, açmak için linke tıklayın
4. Hastane randevunuz 14.05 saat 10.30 olarak onaylanmıştır
5. Tebrikler! 250.000 TL kazandınız, ödül için işlem ücretini yatırın
6. Elektrik faturanız 1.340 TL olarak ödenmiştir"""),
(0, "classification", "tr", "before", "email", None, """Bu beş e-postayı "hemen ilgilen" ve "bekleyebilir" diye ayır:

1) "Muhasebe programı açılmıyor, bugün maaş dosyasını bankaya göndermemiz lazım"
2) "Gelecek ayki sektör zirvesine davetlisiniz"
3) "Çeyrek raporunu gelecek cuma gününe kadar gönderin lütfen"
4) "Müşterinin ödeme onayı bugün saat 15.00'e kadar imzalanmalı"
5) "Yılbaşı partisi fotoğrafları ortak klasöre yüklendi" """),
(0, "classification", "tr", "before", "list", None, """Bu cümleler hangi dilde? Her birinin yanına yaz:
1. Sən haradasan, gəlirsən?
2. Сен қайдасың, келесің бе?
3. Sen qayerdasan, kelasanmi?
4. Sen nirede, gelýärsiňmi?
5. Sen neredesin, geliyor musun?"""),
(0, "classification", "tr", "before", "list", None, """Şu alıntıların türünü söyle (roman, haber, bilimsel metin, resmî yazı, şiir):

A) "Fotosentez, bitkilerin ışık enerjisini kullanarak karbondioksit ve sudan organik madde üretmesidir."
B) "Dün gece Kadıköy'de çıkan yangında iki bina hasar gördü."
C) "İlgi yazınız incelenmiş olup talebiniz uygun görülmüştür."
D) "Sisli bir sabahtı, Kemal kapıyı açtığında annesinin sesini duydu."
E) "Bir gül bahçesinde / unuttum kendimi" """),
(0, "classification", "tr", "before", "list", None, """Bu tweet'leri konularına göre etiketle: spor, ekonomi, hava durumu, magazin, teknoloji.
1. Dolar güne yükselişle başladı, altın da rekor kırdı
2. Derbide son dakika golü, stat yıkıldı!
3. Yarın İstanbul'da kar bekleniyor, okullar tatil olur mu?
4. Ünlü şarkıcı sürpriz bir nikâhla evlendi
5. Yeni telefon modeli tanıtıldı, pil ömrü iki gün"""),
(0, "classification", "tr", "before", "prose", None, """Bu cümle edilgen mi etken mi? "Kapı dün akşam çilingir tarafından açıldı." """),
(0, "classification", "tr", "before", "list", None, """Hangileri Akdeniz Bölgesi'nde: Mersin, Aydın, Hatay, Burdur, Denizli, Osmaniye"""),
(0, "classification", "tr", "before", "chat", None, """Müşteri mesajı: "Siparişim nerede??" — soru mu, şikâyet mi, teşekkür mü?"""),
(0, "classification", "tr", "before", "prose", None, """Bu yorumun tonu ne? "Vallahi hiç beklemiyordum, harika çıktı 😍" """),
(0, "classification", "tr", "before", "list", None, """Erkek ve dişi isimlerini ayır: Ayşe, Murat, Deniz, Cemile, Hakan, Derya"""),
(0, "classification", "tr", "before", "prose", None, """Bu cümlede yazım hatası var mı? "Herkez yarın toplantıya gelsin." """),
(0, "classification", "tr", "before", "list", None, """Bunları takım sporu ve bireysel spor diye ayır: voleybol, güreş, basketbol, okçuluk, hentbol, tenis teklerde"""),
(0, "classification", "tr", "before", "prose", None, """Bu bir reklam mı yoksa haber mi? "Şimdi al, üç ay sonra öde! Beyaz eşyada büyük fırsat!" """),
(0, "classification", "tr", "before", "list", None, """Etçil ve otçul olarak ayır: kurt, geyik, vaşak, tavşan, tilki, yaban keçisi"""),
(0, "classification", "tr", "before", "prose", None, """Bu tweet'in duygusu: mutlu, kızgın, üzgün? "Üç saattir elektrik yok, bu sıcakta çıldıracağım @elektrikdagitim" """),
(0, "classification", "tr", "before", "list", None, """Bu soruları derslere göre ayır: tarih, coğrafya, vatandaşlık, ekonomi.
1. Malazgirt Savaşı hangi yılda oldu?
2. Türkiye'nin en uzun nehri hangisi?
3. Anayasaya göre milletvekili seçilme yaşı kaç?
4. Enflasyon nedir?"""),
(0, "classification", "tr", "before", "prose", None, """Bu paragrafın ana duygusu ne: özlem, öfke, sevinç, korku?

"Her akşam pencereden limana bakıyorum. Gemiler geliyor, gidiyor; sen hiçbirinden inmiyorsun. Yine de her düdük sesinde kalbim bir an duruyor." """),
(1, "creative_writing", "tr", "none", "none", None, """Oğlum ortaokuldan mezun oluyor, veli temsilcisi olarak törende 3 dakikalık bir konuşma yapacağım. Sınıf öğretmenleri Hülya Hanım dört yıl boyunca onlarla oldu; 7. sınıfta Çanakkale gezisinde otobüs yolda bozulmuş, çocuklar dört saat bir benzinlikte bekleyip şarkı söylemişler, bu onların en sevdiği anı. Koro yarışmasında iki yıl üst üste birinci oldular, bir de 1 Nisan'da bütün sınıf anlaşıp Hülya Hanım'a şaka yapmıştı. Konuşma biraz esprili başlasın, ortasında öğretmenlere teşekkür olsun, sonunda da çocuklara "geleceğe kanat açın" gibi klişeler olmadan birkaç cümle. Bir anne olarak konuşacağım, biz velilerin de onlarla birlikte büyüdüğümüzü anlatmak istiyorum. Salonda müdür bey ve ilçe milli eğitim müdürü de olacak, o yüzden saygılı ama samimi bir dil lazım. Konuşmanın sonunda çocuklardan birinin kompozisyonundaki "Bu okul bize arkadaşlığı öğretti" cümlesini alıntılamak istiyorum."""),
(1, "creative_writing", "tr", "none", "none", None, """Kız kardeşimin düğün davetiyesi için metin yazar mısın? Gelin: Elif (yazılım mühendisi, İstanbul), damat: Can (veteriner, Bursa). Nikâh 24 Ağustos, saat 19.00, Mudanya'da sahilde bir davet salonunda. Bir gün önce kına gecesi. Davet edenler: büyükanne-büyükbaba ve anne-babalar. Geleneksel bir giriş olsun ama çok ağdalı değil, biraz da modern ve sıcak bir dokunuş olsun. Sonunda "Katılımınızla mutluluğumuzu paylaşmanızı dileriz" gibi bir cümle."""),
(1, "creative_writing", "tr", "after", "notes", None, """Arkadaşım hakkında birkaç not:
- Adı Selin, ilkokul 3'ten beri arkadaşız, bu ay 30 yaşına giriyor
- Okulda beden öğretmeni bizi ağaca tırmandığımız için cezalandırmıştı
- Benim düğünümde bütün gece uyumadan kınamı yakmıştı
- Şimdi Trabzon'da öğretmen, ben Ankara'dayım, yılda bir görüşüyoruz
- Eski şarkıları, midye dolmayı ve yağmuru çok sever
- Geçen yıl babasını kaybetti, o zamandan beri biraz içine kapandı
- Liseyi bitirirken birbirimize "kırk yaşında Paris'e gideceğiz" diye söz vermiştik
- Benim oğlumun vaftiz annesi gibi, oğlum ona "Selin teyze" değil sadece "Selin" diyor

30. yaş günü için ona uzun, içten bir mesaj ya da küçük bir mektup yazar mısın? Çocukluk anıları, biraz gülümseten şeyler ve her zaman yanında olduğumu hissettirecek bir kapanış. Babası konusuna çok nazikçe değin, ağır olmasın."""),
(1, "creative_writing", "tr", "after", "table", None, """Ürün bilgileri:
Ad | Taşınabilir Blender
Hacim | 350 ml
Batarya | 2000 mAh, tam şarjla 12 kullanım
Şarj | Type-C, yaklaşık 2 saat
Malzeme | BPA içermeyen Tritan hazne, 304 paslanmaz çelik 6 bıçak
Ağırlık | 420 g
Renkler | krem, mint yeşili, pudra pembe
Fiyat | 799 TL

Bu bilgilere göre Trendyol ürün sayfası için ana tanıtım metni yazar mısın? Hedef kitle ofis çalışanları ve spor yapanlar; teknik bilgileri sıralamadan, göz önünde canlanan bir anlatım olsun, 250 kelime civarı."""),
(1, "creative_writing", "tr", "none", "none", None, """Mahallemizdeki fırın için 5 slogan yazar mısın? Fırın 1965'ten beri açık, taş fırın, sabah 5'te ilk ekmek çıkıyor, simit ve poğaça meşhur. Slogan hem eskiliği hem sıcaklığı anlatsın."""),
(1, "creative_writing", "tr", "none", "none", None, """Belediyenin geri dönüşüm kampanyası için X'te (Twitter) paylaşılacak 5 tweet'lik bir dizi yaz. Esprili olsun ama bilgi de versin: pil, cam, plastik, elektronik atık."""),
(1, "creative_writing", "tr", "none", "none", None, """5 yaşındaki kızım için uyku öncesi bir masal yazar mısın? Karanlıktan korkan küçük bir kirpi ve ona yol gösteren bir ateş böceği olsun. 5 dakikada okunacak kadar."""),
(1, "creative_writing", "tr", "none", "none", None, """İnstagram'a kardeşimin doğum günü için komik bir açıklama yazar mısın"""),
(1, "creative_writing", "tr", "none", "none", None, """Emekli olan öğretmenimize bir veda dörtlüğü"""),
(1, "creative_writing", "tr", "none", "none", None, """İstanbul trafiği hakkında bir rap, 12 dize, metrobüs, köprü, korna olsun"""),
(1, "creative_writing", "tr", "none", "none", None, """Sevgilime 5. yıl dönümümüz için kısa bir not, çok klişe olmasın"""),
(1, "creative_writing", "tr", "none", "none", None, """Çocuklar için sonbaharla ilgili bir bilmece uydur"""),
(1, "open_qa", "tr", "after", "notes", None, """Oğlum 4 yaşında. İki gündür ateşi 38,5-39 arası, ateş düşürücüyle iniyor sonra tekrar çıkıyor. Bugün sabah avuç içlerinde ve ayak tabanlarında küçük kırmızı kabarcıklar çıktı, ağzında da yaralar var, o yüzden yemek yemiyor, sadece su ve meyve suyu içiyor. Kreşinde geçen hafta iki çocukta benzer bir şey olmuş.

Bu ne olabilir? Bulaşıcı mı, kardeşine geçer mi? Hangi belirtiler olursa acile götürmeliyim?"""),
(1, "open_qa", "tr", "after", "prose", None, """WhatsApp'ta şu mesaj çok paylaşılıyor:

"ACİL!! Her sabah aç karnına ılık suya limon ve zerdeçal karıştırıp içerseniz kanser hücreleri 48 saatte ölüyor. Bunu Amerika'da ünlü bir profesör kanıtlamış ama ilaç şirketleri saklıyor. En az 10 gruba gönderin, sevdiklerinizi kurtarın."

Teyzem kanser tedavisi görüyor, iki kür kemoterapi aldı ve yan etkilerden çok bunaldığı için kalan kürleri bırakıp bunu denemek istiyor. Bu iddianın bir dayanağı var mı? Zerdeçal ve limonla ilgili araştırmalar gerçekte ne söylüyor? Teyzemi nasıl ikna edebilirim?"""),
(1, "open_qa", "tr", "after", "log", None, """Traceback (most recent call last):
  File "hesap.py", line 9, in <module>
    toplam = fiyat * adet
TypeError: can't multiply sequence by non-int of type 'float'

Bu hata neden çıkıyor? Sadece fiyatla adedi çarpıyorum, fiyatı input() ile alıyorum."""),
(1, "open_qa", "tr", "after", "form", None, """Binamız için yapılan deprem risk raporundan bir kısım:
- Yapım yılı: 1994, betonarme, 6 kat + zemin
- Beton basınç dayanımı (karot ortalaması): 9,8 MPa
- Donatı: düz demir, etriye aralıkları yetersiz
- Zemin sınıfı: ZD
- Zemin katta dükkânlar için kolon kesilmiş izlenimi var
- Sonuç: "Riskli yapı" kriterlerini sağlıyor

Bu değerler ne anlama geliyor? 9,8 MPa beton düşük mü? Binamız ne kadar tehlikeli ve şimdi hukuken ne olacak?"""),
(1, "open_qa", "tr", "none", "none", None, """Kapadokya'daki peribacaları nasıl oluştu?"""),
(1, "open_qa", "tr", "none", "none", None, """Neden bazı yıllarda Ramazan yazın bazı yıllarda kışın geliyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Süt kaynayınca neden taşıyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Osmanlı'da Lale Devri neden böyle anılıyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Uçaklar neden genelde 10 bin metrede uçar?"""),
(1, "open_qa", "tr", "none", "none", None, """Karekod ile ödeme nasıl bu kadar hızlı oluyor, arka planda ne oluyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Asgari ücret ile enflasyon arasındaki ilişkiyi basitçe açıklar mısın? Zam gelince fiyatlar neden hemen artıyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Kuraklık yüzünden İstanbul'un barajları neden bu kadar hızlı boşalıyor, başka şehirlerden su getirmek mümkün mü?"""),
(1, "open_qa", "tr", "none", "none", None, """Türk kahvesi ile filtre kahvenin kafein miktarı arasında fark var mı? Hangisi mideyi daha çok yorar?"""),
(1, "open_qa", "tr", "none", "none", None, """Fay hattına yakın oturmak gerçekten daha mı tehlikeli, yoksa asıl mesele bina kalitesi mi?"""),
(1, "general_qa", "tr", "after", "table", None, """Üniversite 3. sınıf ders programım:
Pazartesi | 09.00-12.00 bölüm dersi | 13.30-16.30 laboratuvar
Salı | sabah boş | 14.00-15.40 İngilizce
Çarşamba | 09.00-10.40 bölüm dersi | öğleden sonra boş
Perşembe | tamamen boş
Cuma | 09.00-12.00 bölüm dersi | 14.00-15.40 seçmeli

Gelecek yıl ALES ve yüksek lisansa hazırlanmak istiyorum, bir yandan da haftada iki gün yarı zamanlı çalışmam lazım, haftada üç kez de spora gitmek istiyorum. Bu programa göre haftamı nasıl planlamalıyım? Hepsini aynı anda yapmak gerçekçi mi?"""),
(1, "general_qa", "tr", "none", "none", None, """Haziranda eşimle 10 günlüğüne Karadeniz turu yapmak istiyoruz, kendi arabamızla. Samsun'dan başlayıp Artvin'e kadar gitmeyi düşünüyoruz. Yaylalar da olsun ama eşim virajlı yollarda midesi bulanıyor. Nasıl bir rota ve konaklama planı önerirsin?"""),
(1, "general_qa", "tr", "none", "none", None, """Kayınvalidemle aynı evde yaşamaya başladık, mutfak konusunda sürekli gerginlik oluyor. Eşimi de arada bırakmadan bu durumu nasıl yönetebilirim?"""),
(1, "general_qa", "tr", "none", "none", None, """Yeni bir ekip liderliği görevine geçtim, ekipteki en deneyimli kişi benden 10 yaş büyük ve beni pek ciddiye almıyor. Nasıl davranmalıyım?"""),
(1, "general_qa", "tr", "none", "none", None, """Emekli annem için tablet almak istiyorum; görüntülü arama, YouTube ve e-Devlet için kullanacak. Hangi özelliklere bakmalıyım, hangi boyut uygun olur?"""),
(1, "general_qa", "tr", "none", "none", None, """Kiracıyım ve ev sahibi evi satacakmış. Yeni alan kişi beni çıkarabilir mi, ne yapmalıyım?"""),
(1, "general_qa", "tr", "none", "none", None, """20 bin TL altında kamerası iyi bir telefon önerir misin?"""),
(1, "general_qa", "tr", "none", "none", None, """Spor salonuna yeni başladım, vejetaryenim, protein için ne yemeliyim?"""),
(1, "general_qa", "tr", "none", "none", None, """Mülakatta "zayıf yönleriniz neler" sorusuna ne cevap vermeliyim?"""),
(1, "general_qa", "tr", "none", "none", None, """KPSS'ye çalışırken motivasyonum çok düşüyor, ne yapabilirim?"""),
(1, "general_qa", "tr", "none", "none", None, """Ev alırken tapuda nelere dikkat etmek lazım?"""),
(0, "summarization", "tr", "after", "prose", None, """Kültür ve Turizm Bakanlığı, bu yaz sezonunda müze ve ören yerlerinde yeni bir düzenlemeye gidileceğini açıkladı. Buna göre Efes, Göbeklitepe, Topkapı Sarayı ve Kapadokya'daki açık hava müzeleri gibi en çok ziyaret edilen alanlarda saatlik ziyaretçi kotası uygulanacak. Ziyaretçilerin biletlerini internet üzerinden önceden alıp giriş saatini seçmeleri gerekecek; gişeden yalnızca kontenjan kalırsa bilet satılacak. Türkiye'de ikamet eden 65 yaş üstü vatandaşlar, 18 yaş altı çocuklar, öğretmenler ve engelliler için ücretsiz giriş hakkı devam edecek, ancak onlar da saat seçimi yapmak zorunda olacak. Müzekart sahipleri için ayrı bir kontenjan ayrılacak. Bakanlık, özellikle yaz aylarında yaşanan uzun kuyrukların ve tarihi alanlardaki aşırı kalabalığın eserlere zarar verdiğini, yeni sistemle hem ziyaretçi deneyiminin iyileşeceğini hem de koruma çalışmalarının kolaylaşacağını belirtti. Turizm acenteleri ise grup turlarında saat planlamasının zorlaşacağını, sistemin ilk haftalarında karışıklık yaşanabileceğini söyledi.

Bu haberi kısaca, 3 cümlede özetler misin? Ailemle yazın Efes'e gideceğiz."""),
(0, "classification", "tr", "before", "reviews", None, """Bir kafenin Google yorumlarını olumlu, olumsuz ve karışık diye etiketler misin? "numara: etiket" şeklinde.

1. Kahveleri çok iyi, özellikle filtre kahve. Ortam sakin, çalışmak için ideal.
2. Fiyatlar çok yüksek, küçük bir latte 180 lira, bir daha gelmem.
3. Tatlılar güzeldi ama servis çok yavaştı, yarım saat bekledik.
4. Barista çok ilgiliydi, kahve çekirdeklerini tek tek anlattı.
5. Wi-Fi sürekli kopuyor, priz de yok, laptopla gelmeyin.
6. Cheesecake efsane, ama masalar birbirine çok yakın.
7. Tuvalet pisti, masalar silinmemişti.
8. Manzara harika, gün batımında gelin.
9. Fena değil, sıradan bir kafe.
10. Garson siparişi yanlış getirdi ama hemen değiştirdi, güler yüzlüydü.
11. Müzik çok yüksekti, karşımdakiyle konuşamadım.
12. Kahvaltı tabağı doyurucu, simit de tazeydi."""),
(1, "general_qa", "tr", "after", "prose", None, """Durumum şöyle: 31 yaşındayım, İzmir'de bir lojistik firmasında operasyon sorumlusuyum, net maaşım 45 bin TL. Dört yıldır aynı yerdeyim, işi seviyorum ama terfi ihtimali yok gibi. Geçen hafta İstanbul'daki bir firmadan 70 bin TL'lik bir teklif aldım, pozisyon bir üst seviye. Ancak İstanbul'da kira en az 30 bin, üstelik ben İzmir'de ailemin yanında kalıyorum ve kira ödemiyorum. Kız arkadaşım da İzmir'de öğretmen, tayin isteyemiyor. Yeni şirketin çalışma saatleri daha uzun ve cumartesileri yarım gün mesai var; şu anki işimde ise hafta sonları tamamen boşum. Öte yandan mevcut şirketime teklifi söylersem maaşımı artırabileceklerini tahmin ediyorum ama bunun ilişkimizi bozmasından korkuyorum.

Teklifi kabul etmek maddi olarak gerçekten mantıklı mı? Şirketimle pazarlık yapmalı mıyım, yaparsam nasıl bir yol izlemeliyim?"""),
]
